import { Badge, Box, Button, Code, Table, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../api/api-tokens";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { NewTokenModal } from "./new-token-modal";
import { useApiTokens, useRevokeApiToken } from "./use-api-tokens";

/** The caller's personal API tokens for /api/v1 (every user has their own). */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const title = t("apiTokens.title");
  const rows = tokens.data ?? [];

  const row = (token: ApiToken) => (
    <Table.Tr key={token.id} data-testid="token-row">
      <Table.Td>{token.name}</Table.Td>
      <Table.Td>
        <Code>{token.prefix}…</Code>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={token.scope === "write" ? "orange" : "gray"}>
          {t(`apiTokens.scopes.${token.scope}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">{t("apiTokens.limitValue", { count: token.rateLimitPerMinute })}</Table.Td>
      <Table.Td>{format.timestamp(token.createdAt)}</Table.Td>
      <Table.Td>{format.timestamp(token.lastUsedAt)}</Table.Td>
      <Table.Td>{token.expiresAt ? format.timestamp(token.expiresAt) : t("apiTokens.noExpiry")}</Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={() => window.confirm(t("apiTokens.confirmRevoke")) && revoke.mutate(token.id)}
        >
          {t("apiTokens.revoke")}
        </Button>
      </Table.Td>
    </Table.Tr>
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
      <Table.ScrollContainer minWidth={900} type="native">
        <Table data-testid="api-tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("apiTokens.name")}</Table.Th>
              <Table.Th>{t("apiTokens.prefix")}</Table.Th>
              <Table.Th>{t("apiTokens.scope")}</Table.Th>
              <Table.Th ta="right">{t("apiTokens.rateLimit")}</Table.Th>
              <Table.Th>{t("apiTokens.createdAt")}</Table.Th>
              <Table.Th>{t("apiTokens.lastUsedAt")}</Table.Th>
              <Table.Th>{t("apiTokens.expiresAt")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(row)}
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {tokens.isPending ? t("common.loading") : t("apiTokens.empty")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {creating && <NewTokenModal opened onClose={() => setCreating(false)} />}
    </Box>
  );
}

export default ApiTokensPage;
