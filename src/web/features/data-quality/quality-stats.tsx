import { Group, Paper, Progress, SimpleGrid, Stack, Text, ThemeIcon } from "@mantine/core";
import {
  IconAlertOctagon,
  IconChecklist,
  IconClockExclamation,
  IconListCheck,
  IconRefresh,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { QualityFigures } from "../../../contract/data-quality";
import { useFormat } from "../../i18n/format";
import { formatShare, shareColor } from "./quality-format";

function StatCard({
  label,
  value,
  caption,
  icon,
  color,
  share,
  testId,
}: {
  label: string;
  value: string;
  caption: string;
  icon: ReactNode;
  color: string;
  share?: number | null;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="xs" c="dimmed" fw={700}>
            {label}
          </Text>
          <ThemeIcon variant="light" color={color} size="md" radius="md">
            {icon}
          </ThemeIcon>
        </Group>
        <Text
          fz={26}
          fw={700}
          lh={1.1}
          c={color === "gray" ? "dimmed" : undefined}
          data-testid={`${testId}-value`}
        >
          {value}
        </Text>
        {share !== undefined && (
          <Progress value={share === null ? 0 : share * 100} color={color} size="sm" radius="xl" />
        )}
        <Text size="xs" c="dimmed">
          {caption}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The scope's totals: completeness, currency, evidence coverage, overrides and stale deals. */
export function QualityStats({ totals, days }: { totals: QualityFigures; days: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="md" data-testid="quality-totals">
      <StatCard
        testId="quality-completeness"
        label={t("quality.fieldCompleteness")}
        value={formatShare(totals.fieldCompleteness, f, t)}
        share={totals.fieldCompleteness}
        color={shareColor(totals.fieldCompleteness)}
        icon={<IconListCheck size={18} />}
        caption={t("quality.fieldCompletenessCaption", { count: totals.openDeals })}
      />
      <StatCard
        testId="quality-updated"
        label={t("quality.updatedWithinThreshold")}
        value={formatShare(totals.updatedWithinThreshold, f, t)}
        share={totals.updatedWithinThreshold}
        color={shareColor(totals.updatedWithinThreshold)}
        icon={<IconRefresh size={18} />}
        caption={t("quality.updatedCaption")}
      />
      <StatCard
        testId="quality-evidence"
        label={t("quality.evidenceCoverage")}
        value={formatShare(totals.evidenceCoverage, f, t)}
        share={totals.evidenceCoverage}
        color={shareColor(totals.evidenceCoverage)}
        icon={<IconChecklist size={18} />}
        caption={t("quality.evidenceCaption", { days, count: totals.stageChanges })}
      />
      <StatCard
        testId="quality-stale"
        label={t("quality.staleDeals")}
        value={t("common.count", { count: totals.staleDeals })}
        color={totals.staleDeals > 0 ? "orange" : "teal"}
        icon={<IconClockExclamation size={18} />}
        caption={t("quality.staleCaption", { count: totals.openDeals })}
      />
      <StatCard
        testId="quality-overrides"
        label={t("quality.overrides")}
        value={t("common.times", { count: totals.overrides })}
        color={totals.overrides > 0 ? "red" : "teal"}
        icon={<IconAlertOctagon size={18} />}
        caption={t("quality.overridesCaption", { days })}
      />
    </SimpleGrid>
  );
}
