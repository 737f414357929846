import { Box, Paper } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { DealListQuery } from "../../../contract/deals";
import { DataTable } from "../../components/data-table";
import { ExportMenu } from "../../components/export-menu";
import { PageHeader } from "../../components/page-header";
import { Pager } from "../../components/pager";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useSearchState } from "../../routing/use-search-state";
import { useStageMap } from "../directory/use-directory";
import { useOwnerName } from "../directory/use-owner-name";
import { dealColumns } from "./deal-columns";
import { DealListFilters } from "./deal-list-filters";
import { useDeals } from "./use-deals";

const keys = [
  "scope",
  "pipelineId",
  "stageId",
  "status",
  "teamId",
  "ownerId",
  "stale",
  "closedFrom",
  "closedTo",
  "expectedCloseFrom",
  "expectedCloseTo",
  "q",
  "importId",
  "sort",
  "offset",
] as const;
const pageSize = 50;
/** A date from the URL, if it is one: a mistyped link shows every deal rather than an error. */
const dateOnly = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
const defaultSort = "-updatedAt";
const scopePattern = /^(team|user):[0-9a-f-]{36}$/;

export function DealListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const stages = useStageMap();
  const ownerName = useOwnerName();
  const [search, setSearch] = useSearchState(keys);

  const sort = search.sort ?? defaultSort;
  const offset = Math.max(0, Number(search.offset ?? 0) || 0);
  const params = {
    scope: search.scope && scopePattern.test(search.scope) ? search.scope : undefined,
    pipelineId: search.pipelineId,
    stageId: search.stageId,
    status: search.status as DealListQuery["status"] | undefined,
    teamId: search.teamId,
    ownerId: search.ownerId,
    stale: search.stale === "true" ? true : undefined,
    closedFrom: dateOnly(search.closedFrom),
    closedTo: dateOnly(search.closedTo),
    expectedCloseFrom: dateOnly(search.expectedCloseFrom),
    expectedCloseTo: dateOnly(search.expectedCloseTo),
    q: search.q || undefined,
    importId: search.importId,
    sort: sort as DealListQuery["sort"],
    limit: pageSize,
    offset,
  };
  const deals = useDeals(params);
  const columns = useMemo(
    () => dealColumns({ t, f, stages, ownerName: (id, fallback) => ownerName(id, fallback) }),
    [t, f, stages, ownerName],
  );
  const total = deals.data?.total ?? 0;

  return (
    <Box data-testid="deals-page">
      <PageHeader
        title={t("deals.title")}
        crumbs={[{ label: t("nav.sections.sales") }, { label: t("deals.title") }]}
        subtitle={deals.data ? t("deals.total", { count: total }) : undefined}
        actions={<ExportMenu targets={[{ path: "/deals/export", params }]} testId="deals-export" />}
      />
      <Paper withBorder p="sm" mb="md">
        <DealListFilters values={search} onChange={(patch) => setSearch(patch)} />
      </Paper>
      {deals.isError && <QueryError error={deals.error} onRetry={() => void deals.refetch()} />}
      <Paper withBorder style={{ overflow: "hidden" }} opacity={deals.isPlaceholderData ? 0.6 : 1}>
        <DataTable
          data={deals.data?.items ?? []}
          columns={columns}
          getRowId={(d) => d.id}
          sort={sort}
          onSortChange={(s) => setSearch({ sort: s === defaultSort ? null : s })}
          onRowClick={(d) => void navigate(`/deals/${d.id}`)}
          loading={deals.isPending}
          emptyText={t("deals.empty")}
          testId="deals-table"
          rowTestId="deal-row"
          minWidth={1100}
        />
      </Paper>
      {deals.data && (
        <Pager
          total={total}
          limit={pageSize}
          offset={offset}
          onOffsetChange={(o) => setSearch({ offset: o || null })}
          testId="deals-pager"
        />
      )}
    </Box>
  );
}

export default DealListPage;
