import { Badge, Box, Button, Code } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../api/api-tokens";
import { DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { NewTokenModal } from "./new-token-modal";
import { useApiTokens, useRevokeApiToken } from "./use-api-tokens";

const column = createColumnHelper<ApiToken>();

/** The caller's personal API tokens for /api/v1 (every user has their own). */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const title = t("apiTokens.title");
  const columns = useMemo(
    () => [
      column.accessor("name", { header: t("apiTokens.name") }),
      column.accessor("prefix", { header: t("apiTokens.prefix"), cell: (c) => <Code>{c.getValue()}…</Code> }),
      column.accessor("scope", {
        header: t("apiTokens.scope"),
        cell: (c) => (
          <Badge variant="light" color={c.getValue() === "write" ? "orange" : "gray"}>
            {t(`apiTokens.scopes.${c.getValue()}`)}
          </Badge>
        ),
      }),
      column.accessor("rateLimitPerMinute", {
        header: t("apiTokens.rateLimit"),
        cell: (c) => t("apiTokens.limitValue", { count: c.getValue() }),
        meta: { align: "right" },
      }),
      column.accessor("createdAt", {
        header: t("apiTokens.createdAt"),
        cell: (c) => format.timestamp(c.getValue()),
      }),
      column.accessor("lastUsedAt", {
        header: t("apiTokens.lastUsedAt"),
        cell: (c) => format.timestamp(c.getValue()),
      }),
      column.accessor("expiresAt", {
        header: t("apiTokens.expiresAt"),
        cell: (c) => (c.getValue() ? format.timestamp(c.getValue()) : t("apiTokens.noExpiry")),
      }),
      column.display({
        id: "revoke",
        cell: ({ row }) => (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => window.confirm(t("apiTokens.confirmRevoke")) && revoke.mutate(row.original.id)}
          >
            {t("apiTokens.revoke")}
          </Button>
        ),
      }),
    ],
    [t, format, revoke],
  );

  return (
    <Box data-testid="api-tokens-page">
      <PageHeader
        title={title}
        subtitle={t("apiTokens.subtitle")}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="new-token-button"
          >
            {t("apiTokens.new")}
          </Button>
        }
      />
      {tokens.isError && <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />}
      <DataTable
        data={tokens.data ?? []}
        columns={columns}
        getRowId={(token) => token.id}
        loading={tokens.isPending}
        emptyText={t("apiTokens.empty")}
        testId="api-tokens"
        rowTestId="token-row"
        minWidth={900}
      />
      {creating && <NewTokenModal opened onClose={() => setCreating(false)} />}
    </Box>
  );
}

export default ApiTokensPage;
