import { Box, Button, Paper } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../components/data-table";
import { ExportMenu } from "../../components/export-menu";
import { PageHeader } from "../../components/page-header";
import { Pager } from "../../components/pager";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useSearchState } from "../../routing/use-search-state";
import { useMe } from "../auth/use-me";
import { activityColumns } from "./activity-columns";
import { isActivityKind, isActivityMetric } from "./activity-labels";
import { ActivityListFilters } from "./activity-list-filters";
import { LogActivityModal } from "./log-activity-modal";
import { useActivities } from "./use-activities";

const keys = ["scope", "from", "to", "kind", "outcome", "metric", "dealId", "offset"] as const;
const pageSize = 50;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** 行動一覧 (SPEC C7): the calls, emails and meetings behind the activity figures, newest first. */
export function ActivityListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const [search, setSearch] = useSearchState(keys);
  const [logging, setLogging] = useState(false);
  const offset = Math.max(0, Number(search.offset ?? 0) || 0);
  const params = {
    scope: search.scope,
    from: search.from && datePattern.test(search.from) ? search.from : undefined,
    to: search.to && datePattern.test(search.to) ? search.to : undefined,
    kind: isActivityKind(search.kind) ? search.kind : undefined,
    outcome: search.outcome || undefined,
    metric: isActivityMetric(search.metric) ? search.metric : undefined,
    dealId: search.dealId,
    limit: pageSize,
    offset,
  };
  const activities = useActivities(params);
  const columns = useMemo(() => activityColumns({ t, f }), [t, f]);
  const total = activities.data?.total ?? 0;

  return (
    <Box data-testid="activities-page">
      <PageHeader
        title={t("activities.title")}
        crumbs={[{ label: t("nav.sections.sales") }, { label: t("activities.title") }]}
        subtitle={activities.data ? t("activities.total", { count: total }) : t("activities.subtitle")}
        actions={
          <>
            <ExportMenu targets={[{ path: "/activities/export", params }]} testId="activities-export" />
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setLogging(true)}
              data-testid="log-activity"
            >
              {t("activities.log.open")}
            </Button>
          </>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <ActivityListFilters me={me} values={search} onChange={(patch) => setSearch(patch)} />
      </Paper>
      {activities.isError && (
        <QueryError error={activities.error} onRetry={() => void activities.refetch()} />
      )}
      <Paper withBorder style={{ overflow: "hidden" }} opacity={activities.isPlaceholderData ? 0.6 : 1}>
        <DataTable
          data={activities.data?.items ?? []}
          columns={columns}
          getRowId={(a) => a.id}
          loading={activities.isPending}
          emptyText={t("activities.empty")}
          testId="activities-table"
          rowTestId="activity-row"
          minWidth={1100}
        />
      </Paper>
      {activities.data && (
        <Pager
          total={total}
          limit={pageSize}
          offset={offset}
          onOffsetChange={(o) => setSearch({ offset: o || null })}
          testId="activities-pager"
        />
      )}
      <LogActivityModal opened={logging} onClose={() => setLogging(false)} dealId={search.dealId} />
    </Box>
  );
}

export default ActivityListPage;
