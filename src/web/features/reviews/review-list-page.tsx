import { Badge, Box, Button, Group, Paper, Select, Tabs, Text } from "@mantine/core";
import { IconFilePlus, IconLock } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { ReviewKind, ReviewSummary } from "../../api/reviews";
import { DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { Pager } from "../../components/pager";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { KpiScopePicker } from "../kpi-tree/kpi-scope-picker";
import { usePeriodLabel } from "../kpi-tree/period-picker";
import { pickedPeriod, pickedScope } from "../kpi-tree/scope-period";
import { isReviewKind, openablePeriods, reviewKinds } from "./review-model";
import { useOpenReview, useReviews } from "./use-reviews";

const keys = ["scope", "kind", "offset"] as const;
const pageSize = 30;
const column = createColumnHelper<ReviewSummary>();

/**
 * 会議・レビュー (SPEC C9): the daily, weekly and monthly sheets of a scope, newest first, and the
 * sheet of the current (or a past) day, week or month, made prefilled or opened when it exists.
 */
export function ReviewListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const f = useFormat();
  const periodLabel = usePeriodLabel();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchState(keys);
  const scope = pickedScope(me, search.scope);
  const kind: ReviewKind = isReviewKind(search.kind) ? search.kind : "weekly";
  const offset = Math.max(0, Number(search.offset ?? 0) || 0);
  const { today, fyStart } = pickedPeriod(me, undefined);
  const periods = openablePeriods(kind, today, fyStart);
  const [periodChoice, setPeriodChoice] = useState<string | null>(null);
  const period = periods.find((p) => p.label === periodChoice) ?? (periods[0] as (typeof periods)[number]);
  const reviews = useReviews({ scope, kind, limit: pageSize, offset });
  const open = useOpenReview();

  const columns = useMemo(
    () => [
      column.accessor((r) => r.period.label, {
        id: "period",
        header: t("reviews.list.period"),
        cell: ({ row }) => (
          <Text size="sm" fw={600}>
            {periodLabel(row.original.period)}
          </Text>
        ),
      }),
      column.accessor("scopeName", { header: t("reviews.list.scope") }),
      column.accessor("actionCount", {
        header: t("reviews.list.actions"),
        cell: ({ row }) =>
          t("reviews.list.actionCount", {
            count: row.original.actionCount,
            open: row.original.openActionCount,
          }),
        meta: { nowrap: true },
      }),
      column.accessor("locked", {
        header: t("reviews.list.state"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="sm" color="gray" leftSection={<IconLock size={12} />}>
              {t("reviews.locked")}
            </Badge>
          ) : (
            <Badge size="sm" variant="light" color="teal">
              {t("reviews.unlocked")}
            </Badge>
          ),
      }),
      column.accessor("updatedAt", {
        header: t("reviews.list.updatedAt"),
        cell: ({ getValue }) => f.timestampShort(getValue()),
        meta: { nowrap: true },
      }),
    ],
    [t, f, periodLabel],
  );

  return (
    <Box data-testid="reviews-page">
      <PageHeader
        title={t("reviews.title")}
        crumbs={[{ label: t("nav.sections.operations") }, { label: t("reviews.title") }]}
        subtitle={t("reviews.subtitle")}
      />
      <Paper withBorder p="sm" mb="md">
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          {me.role === "member" ? (
            <Text size="sm" fw={600}>
              {t("reviews.yourSheets")}
            </Text>
          ) : (
            <KpiScopePicker me={me} scope={scope} onChange={(next) => setSearch({ scope: next })} />
          )}
          <Tabs
            value={kind}
            onChange={(value) => {
              setPeriodChoice(null);
              setSearch({ kind: value === "weekly" ? null : value });
            }}
            variant="pills"
            data-testid="review-kind-tabs"
          >
            <Tabs.List>
              {reviewKinds.map((k) => (
                <Tabs.Tab key={k} value={k} data-testid={`review-kind-${k}`}>
                  {t(`reviews.kinds.${k}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
        </Group>
        <Group mt="sm" gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t(`reviews.open.periodOf.${kind}`)}
            data={periods.map((p, i) => ({
              value: p.label,
              label: i === 0 ? t(`reviews.open.current.${kind}`, { label: periodLabel(p) }) : periodLabel(p),
            }))}
            value={period.label}
            onChange={setPeriodChoice}
            allowDeselect={false}
            w={330}
            comboboxProps={{ withinPortal: true }}
            data-testid="review-period-select"
          />
          <Button
            leftSection={<IconFilePlus size={16} />}
            loading={open.isPending}
            onClick={() =>
              open.mutate(
                { kind, scope, period: period.label },
                { onSuccess: (sheet) => void navigate(`/reviews/${sheet.id}`) },
              )
            }
            data-testid="review-open"
          >
            {t("reviews.open.button")}
          </Button>
          <Text size="xs" c="dimmed" maw={420}>
            {t("reviews.open.hint")}
          </Text>
        </Group>
      </Paper>
      {reviews.isError && <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />}
      <DataTable
        data={reviews.data?.items ?? []}
        columns={columns}
        getRowId={(r) => r.id}
        onRowClick={(r) => void navigate(`/reviews/${r.id}`)}
        loading={reviews.isPending}
        emptyText={t("reviews.list.empty")}
        testId="review-list"
        rowTestId="review-row"
        minWidth={720}
      />
      {reviews.data && (
        <Pager
          total={reviews.data.total}
          limit={pageSize}
          offset={offset}
          onOffsetChange={(o) => setSearch({ offset: o || null })}
          testId="reviews-pager"
        />
      )}
    </Box>
  );
}

export default ReviewListPage;
