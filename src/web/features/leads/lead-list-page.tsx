import { Box, Button, Paper } from "@mantine/core";
import { IconListCheck, IconPlus } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { LeadListParams } from "../../api/leads";
import { DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { Pager } from "../../components/pager";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useSearchState } from "../../routing/use-search-state";
import { leadColumns } from "./lead-columns";
import { isLeadStatus, usePickLabels } from "./lead-labels";
import { LeadListFilters } from "./lead-list-filters";
import { NewLeadModal } from "./new-lead-modal";
import { useLeads } from "./use-leads";
import { usePersonName } from "./use-person-name";

const keys = ["status", "ownerId", "channel", "sla", "q", "sort", "offset"] as const;
const pageSize = 50;
const defaultSort = "-createdAt";
const sortFields = new Set(["createdAt", "responseDueAt", "updatedAt", "companyName"]);

/** "-createdAt" → sort=createdAt&order=desc, as the lead list reads it. */
function sortParams(sort: string): Pick<LeadListParams, "sort" | "order"> {
  const field = sort.replace(/^-/, "");
  if (!sortFields.has(field)) return { sort: "createdAt", order: "desc" };
  return { sort: field as LeadListParams["sort"], order: sort.startsWith("-") ? "desc" : "asc" };
}

/** リード一覧 (SPEC C7): the inside-sales queue with its response times against the SLA. */
export function LeadListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const ownerName = usePersonName();
  const { channelLabel } = usePickLabels();
  const [search, setSearch] = useSearchState(keys);
  const [creating, setCreating] = useState(false);

  const sort = search.sort ?? defaultSort;
  const offset = Math.max(0, Number(search.offset ?? 0) || 0);
  const params: LeadListParams = {
    status: isLeadStatus(search.status) ? search.status : undefined,
    open: search.status === "open" ? true : undefined,
    ownerId: search.ownerId,
    channel: search.channel,
    slaBreached: search.sla === "true" ? true : undefined,
    q: search.q || undefined,
    ...sortParams(sort),
    limit: pageSize,
    offset,
  };
  const leads = useLeads(params);
  const columns = useMemo(
    () => leadColumns({ t, f, channelLabel, ownerName: (id, fallback) => ownerName(id, fallback) }),
    [t, f, channelLabel, ownerName],
  );
  const total = leads.data?.total ?? 0;

  return (
    <Box data-testid="leads-page">
      <PageHeader
        title={t("leads.title")}
        crumbs={[{ label: t("nav.sections.sales") }, { label: t("leads.title") }]}
        subtitle={leads.data ? t("leads.total", { count: total }) : t("leads.subtitle")}
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to="/leads/call-list"
              leftSection={<IconListCheck size={16} />}
              data-testid="leads-call-list"
            >
              {t("leads.callList.open")}
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setCreating(true)}
              data-testid="new-lead"
            >
              {t("leads.create.open")}
            </Button>
          </>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <LeadListFilters values={search} onChange={(patch) => setSearch(patch)} />
      </Paper>
      {leads.isError && <QueryError error={leads.error} onRetry={() => void leads.refetch()} />}
      <Paper withBorder style={{ overflow: "hidden" }} opacity={leads.isPlaceholderData ? 0.6 : 1}>
        <DataTable
          data={leads.data?.items ?? []}
          columns={columns}
          getRowId={(l) => l.id}
          sort={sort}
          onSortChange={(s) => setSearch({ sort: s === defaultSort ? null : s })}
          onRowClick={(l) => void navigate(`/leads/${l.id}`)}
          loading={leads.isPending}
          emptyText={t("leads.empty")}
          testId="leads-table"
          rowTestId="lead-row"
          minWidth={1100}
        />
      </Paper>
      {leads.data && (
        <Pager
          total={total}
          limit={pageSize}
          offset={offset}
          onOffsetChange={(o) => setSearch({ offset: o || null })}
          testId="leads-pager"
        />
      )}
      <NewLeadModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(lead) => {
          setCreating(false);
          void navigate(`/leads/${lead.id}`);
        }}
      />
    </Box>
  );
}

export default LeadListPage;
