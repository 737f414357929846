import { Anchor, Badge, Box, Button, Group, Paper, Progress, SimpleGrid, Text, Tooltip } from "@mantine/core";
import { IconPhonePlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MyDay, MyDayTarget } from "../../api/my-day";
import { WidgetCard } from "../../components/widget-card";
import { useFormat } from "../../i18n/format";
import { targetProgress, toneColors } from "./my-day-model";

function TargetTile({ target, asOf }: { target: MyDayTarget; asOf: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const p = targetProgress(target);
  const name = t(`myTargets.items.${target.kpiKey}`);
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`my-day-target-${target.kpiKey}`} data-tone={p.tone}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={700}>
          {name}
        </Text>
        {p.tone !== "none" && (
          <Badge size="sm" variant="light" color={toneColors[p.tone]} style={{ flexShrink: 0 }}>
            {t(`myDay.targets.tone.${p.tone}`)}
          </Badge>
        )}
      </Group>
      {target.dailyTarget === null ? (
        <>
          <Group gap={6} align="baseline" mt={6}>
            <Text fz={24} fw={700} lh={1} data-testid="target-done">
              {f.number(target.done)}
            </Text>
            <Text size="sm" c="dimmed">
              {t("myDay.targets.noTarget")}
            </Text>
          </Group>
          <Progress value={0} size="md" radius="xl" mt={10} color="gray" aria-label={name} />
        </>
      ) : (
        <>
          <Group gap={6} align="baseline" mt={6} wrap="wrap">
            <Text fz={24} fw={700} lh={1} data-testid="target-done">
              {f.number(target.done)}
            </Text>
            <Text size="sm" fw={600}>
              {t("myDay.targets.ofTarget", {
                target: f.number(target.dailyTarget),
                percent: f.percent((target.achievement ?? 0) * 100),
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {t("myDay.targets.asOf", { time: asOf })}
            </Text>
          </Group>
          <Box pos="relative" mt={10}>
            <Progress value={p.percent} size="md" radius="xl" color={toneColors[p.tone]} aria-label={name} />
            {p.marker !== null && (
              <Tooltip
                label={t("myDay.targets.expectedHint", { value: f.number(p.expected ?? 0), time: asOf })}
              >
                <Box
                  pos="absolute"
                  top={-4}
                  bottom={-4}
                  w={3}
                  bg="dark.6"
                  style={{ left: `calc(${p.marker}% - 1px)`, borderRadius: 2 }}
                  data-testid="target-marker"
                />
              </Tooltip>
            )}
          </Box>
          <Text size="xs" c={p.tone === "behind" ? "orange.8" : "dimmed"} mt={6}>
            {t("myDay.targets.expected", { value: f.number(p.expected ?? 0) })}
          </Text>
        </>
      )}
    </Paper>
  );
}

/** 今日の行動目標: each daily action target against what is done, with where a steady day would be now. */
export function ActionTargetsCard({
  data,
  asOf,
  onLog,
}: {
  data: MyDay;
  asOf: string;
  /** One's own day only: logging an activity and the link to one's own targets page. */
  onLog?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <WidgetCard
      title={t("myDay.targets.title")}
      subtitle={t("myDay.targets.subtitle")}
      actions={
        <>
          {onLog && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPhonePlus size={14} />}
              onClick={onLog}
              data-testid="my-day-log"
            >
              {t("myDay.targets.log")}
            </Button>
          )}
          {onLog && (
            <Anchor component={Link} to="/my-targets" size="sm" data-testid="my-day-targets-link">
              {t("myDay.targets.link")}
            </Anchor>
          )}
        </>
      }
      testId="my-day-targets"
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {data.targets.map((target) => (
          <TargetTile key={target.kpiKey} target={target} asOf={asOf} />
        ))}
      </SimpleGrid>
    </WidgetCard>
  );
}
