import { Anchor, Group, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FunnelAnalysis } from "../../api/analysis";
import { useFormat } from "../../i18n/format";
import { formatRate } from "../kpis/kpi-format";

/** "ボトルネック: 商談化率 目標比60%", or that every step is on its target. */
export function BottleneckLine({ analysis, to }: { analysis: FunnelAnalysis; to?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { bottleneck } = analysis;
  const noTargets = analysis.steps.every((s) => s.targetRate === null);
  const text = bottleneck
    ? t("analysis.bottleneckLine", {
        step: t(`analysis.steps.${bottleneck.step}`),
        value: formatRate(bottleneck.rateAchievement, f.lang, 0),
      })
    : noTargets
      ? t("analysis.noTargets")
      : t("analysis.noBottleneck");
  return (
    <Group gap="xs" wrap="nowrap" data-testid="bottleneck-line" data-step={bottleneck?.step ?? ""}>
      <ThemeIcon variant="light" color={bottleneck ? "red" : "teal"} size="md" radius="xl">
        {bottleneck ? <IconAlertTriangle size={16} /> : <IconCircleCheck size={16} />}
      </ThemeIcon>
      {to ? (
        <Anchor component={Link} to={to} fw={700} size="sm" c={bottleneck ? "red.8" : undefined}>
          {text}
        </Anchor>
      ) : (
        <Text fw={700} size="sm" c={bottleneck ? "red.8" : undefined}>
          {text}
        </Text>
      )}
    </Group>
  );
}
