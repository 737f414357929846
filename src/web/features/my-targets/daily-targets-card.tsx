import {
  Alert,
  Badge,
  Center,
  Group,
  Loader,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconCheck, IconTarget } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client";
import type { DailyTargets } from "../../api/kpi-tree";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useDailyTargets } from "../kpi-tree/use-kpi-tree";

type Item = DailyTargets["items"][number];

function share(done: number, target: number | null): number {
  if (!target) return 0;
  return Math.min(100, Math.round((done / target) * 100));
}

function ItemCard({ item }: { item: Item }) {
  const { t } = useTranslation();
  const f = useFormat();
  const left = item.dailyTarget === null ? null : Math.max(0, item.dailyTarget - item.today);
  const weekLeft = item.weekTargetToDate === null ? null : Math.max(0, item.weekTargetToDate - item.week);
  const done = left === 0;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`daily-${item.kpiKey}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" fw={700}>
          {t(`myTargets.items.${item.kpiKey}`)}
        </Text>
        {left === null ? (
          <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
            {t("myTargets.noTarget")}
          </Badge>
        ) : done ? (
          <Badge color="teal" variant="light" leftSection={<IconCheck size={12} />} style={{ flexShrink: 0 }}>
            {t("myTargets.done")}
          </Badge>
        ) : (
          <Badge color="orange" variant="light" style={{ flexShrink: 0 }} data-testid="daily-left">
            {t("myTargets.left", { count: left })}
          </Badge>
        )}
      </Group>
      <Group gap={6} align="baseline" mt={6}>
        <Text fz={28} fw={700} lh={1} data-testid="daily-today">
          {f.number(item.today)}
        </Text>
        <Text size="sm" c="dimmed">
          {item.dailyTarget === null
            ? t("myTargets.todayOnly")
            : t("myTargets.ofToday", { target: f.number(item.dailyTarget) })}
        </Text>
      </Group>
      <Progress
        value={share(item.today, item.dailyTarget)}
        color={done ? "teal" : "blue"}
        size="lg"
        radius="xl"
        mt={8}
        aria-label={t(`myTargets.items.${item.kpiKey}`)}
      />
      <Stack gap={2} mt={10}>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {item.weekTargetToDate === null ? t("myTargets.weekOnly") : t("myTargets.week")}
          </Text>
          <Text size="xs" fw={600} data-testid="daily-week">
            {item.weekTargetToDate === null
              ? f.number(item.week)
              : t("myTargets.weekOf", { done: f.number(item.week), target: f.number(item.weekTargetToDate) })}
          </Text>
        </Group>
        <Progress
          value={share(item.week, item.weekTargetToDate)}
          color={weekLeft === 0 ? "teal" : "indigo"}
          size="sm"
          radius="xl"
        />
        {item.monthlyTarget !== null && (
          <Text size="xs" c="dimmed" mt={4}>
            {t("myTargets.monthly", { value: f.number(item.monthlyTarget) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** 今日の目標: today's calls, contacts and meetings next to what is done today and this week. */
export function DailyTargetsCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const daily = useDailyTargets();
  const missing = daily.isError && isApiError(daily.error) && daily.error.status === 404;
  return (
    <Paper withBorder p="md" data-testid="daily-targets">
      <Group justify="space-between" mb="sm">
        <Group gap={8}>
          <IconTarget size={20} color="var(--mantine-color-blue-7)" />
          <Title order={3} fz="md">
            {t("myTargets.title")}
          </Title>
        </Group>
        {daily.data && (
          <Text size="xs" c="dimmed">
            {t("myTargets.dateLine", {
              date: f.date(daily.data.date),
              elapsed: daily.data.week.elapsedBusinessDays,
              total: daily.data.week.businessDays,
            })}
          </Text>
        )}
      </Group>
      {daily.isPending && (
        <Center h={120}>
          <Loader />
        </Center>
      )}
      {missing && (
        <Alert color="gray" variant="light">
          {t("myTargets.notYet")}
        </Alert>
      )}
      {daily.isError && !missing && <QueryError error={daily.error} onRetry={() => void daily.refetch()} />}
      {daily.data && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          {daily.data.items.map((item) => (
            <ItemCard key={item.kpiKey} item={item} />
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
