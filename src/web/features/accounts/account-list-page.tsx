import { Box, Button, Group, Paper, Select, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch, IconX } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { AccountListQuery } from "../../../contract/accounts";
import { DataTable } from "../../components/data-table";
import { ExportMenu } from "../../components/export-menu";
import { PageHeader } from "../../components/page-header";
import { Pager } from "../../components/pager";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useSearchState } from "../../routing/use-search-state";
import { TeamSelect } from "../directory/pickers";
import { useOwnerName } from "../directory/use-owner-name";
import { accountColumns } from "./account-columns";
import { useAccounts, useIndustries } from "./use-accounts";

const keys = ["q", "industry", "teamId", "sort", "offset"] as const;
const pageSize = 50;
const defaultSort = "name";

export function AccountListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const ownerName = useOwnerName();
  const [search, setSearch] = useSearchState(keys);
  const sort = search.sort ?? defaultSort;
  const offset = Math.max(0, Number(search.offset ?? 0) || 0);
  const params = {
    q: search.q || undefined,
    industry: search.industry || undefined,
    teamId: search.teamId,
    sort: sort as AccountListQuery["sort"],
    limit: pageSize,
    offset,
  };
  const accounts = useAccounts(params);

  const [q, setQ] = useState(search.q ?? "");
  useEffect(() => setQ(search.q ?? ""), [search.q]);
  const commitQ = useDebouncedCallback((value: string) => setSearch({ q: value }), 300);
  const industries = useIndustries();
  // A filter from an old link still shows, even when no account carries it any more.
  const industryOptions = [
    ...new Set([...(industries.data ?? []), ...(search.industry ? [search.industry] : [])]),
  ];

  const columns = useMemo(() => accountColumns({ t, f, ownerName }), [t, f, ownerName]);
  const total = accounts.data?.total ?? 0;
  const filtered = Boolean(search.q || search.industry || search.teamId);

  return (
    <Box data-testid="accounts-page">
      <PageHeader
        title={t("accounts.title")}
        crumbs={[{ label: t("nav.sections.sales") }, { label: t("accounts.title") }]}
        subtitle={accounts.data ? t("accounts.total", { count: total }) : undefined}
        actions={
          <ExportMenu
            targets={[
              { path: "/accounts/export", params, label: t("export.accounts") },
              { path: "/contacts/export", label: t("export.contacts") },
            ]}
            testId="accounts-export"
          />
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t("common.search")}
            placeholder={t("accounts.searchPlaceholder")}
            leftSection={<IconSearch size={15} />}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              commitQ(e.currentTarget.value);
            }}
            w={260}
            data-testid="accounts-search"
          />
          <Select
            label={t("accounts.industry")}
            placeholder={t("filters.allIndustries")}
            data={industryOptions}
            value={search.industry ?? null}
            onChange={(industry) => setSearch({ industry })}
            searchable
            clearable
            nothingFoundMessage={t("common.nothingFound")}
            w={200}
            data-testid="accounts-industry-filter"
          />
          <TeamSelect
            value={search.teamId ?? null}
            onChange={(teamId) => setSearch({ teamId })}
            w={200}
            data-testid="accounts-team-select"
          />
          {filtered && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconX size={14} />}
              onClick={() => setSearch({ q: null, industry: null, teamId: null })}
            >
              {t("filters.clear")}
            </Button>
          )}
        </Group>
      </Paper>
      {accounts.isError && <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />}
      <Paper withBorder style={{ overflow: "hidden" }} opacity={accounts.isPlaceholderData ? 0.6 : 1}>
        <DataTable
          data={accounts.data?.items ?? []}
          columns={columns}
          getRowId={(a) => a.id}
          sort={sort}
          onSortChange={(s) => setSearch({ sort: s === defaultSort ? null : s })}
          onRowClick={(a) => void navigate(`/accounts/${a.id}`)}
          loading={accounts.isPending}
          emptyText={t("accounts.empty")}
          testId="accounts-table"
          rowTestId="account-row"
          minWidth={1100}
        />
      </Paper>
      {accounts.data && (
        <Pager
          total={total}
          limit={pageSize}
          offset={offset}
          onOffsetChange={(o) => setSearch({ offset: o || null })}
          testId="accounts-pager"
        />
      )}
    </Box>
  );
}

export default AccountListPage;
