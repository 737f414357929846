import { Badge, Box, Center, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { TemperatureBadge } from "../../components/status-badges";
import { useFormat } from "../../i18n/format";
import { dealColumns } from "../deals/deal-columns";
import { useDeals } from "../deals/use-deals";
import { useStageMap } from "../directory/use-directory";
import { useOwnerName } from "../directory/use-owner-name";
import { AccountFacts } from "./account-facts";
import { ContactsTable } from "./contacts-table";
import { useAccount } from "./use-accounts";

const dealLimit = 100;

export function AccountDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const stages = useStageMap();
  const ownerName = useOwnerName();
  const account = useAccount(id);
  const deals = useDeals({ accountId: id, sort: "-updatedAt", limit: dealLimit }, id !== "");
  const columns = useMemo(
    () => dealColumns({ t, f, stages, ownerName: (o, fb) => ownerName(o, fb), withAccount: false }),
    [t, f, stages, ownerName],
  );

  const crumbs = [{ label: t("accounts.title"), to: "/accounts" }];
  if (account.isPending) {
    return (
      <Center h="50vh">
        <Loader />
      </Center>
    );
  }
  if (account.isError) {
    return (
      <Box>
        <PageHeader title={t("accounts.title")} crumbs={crumbs} />
        <QueryError error={account.error} onRetry={() => void account.refetch()} />
      </Box>
    );
  }
  const a = account.data;

  return (
    <Box data-testid="account-detail" data-account-id={a.id}>
      <PageHeader
        title={a.name}
        crumbs={[...crumbs, { label: a.name }]}
        badges={<TemperatureBadge value={a.temperature} size="lg" />}
        subtitle={[a.nameKana, a.industry, a.region].filter(Boolean).join(" · ")}
      />
      <Stack gap="md">
        <AccountFacts account={a} />
        <Paper withBorder>
          <Group justify="space-between" p="md" pb="xs">
            <Title order={3} fz="md">
              {t("accounts.contacts")}
            </Title>
            <Badge variant="light" color="gray">
              {t("common.people", { count: a.contacts.length })}
            </Badge>
          </Group>
          <ContactsTable contacts={a.contacts} />
        </Paper>
        <Paper withBorder>
          <Group justify="space-between" p="md" pb="xs">
            <Title order={3} fz="md">
              {t("accounts.deals")}
            </Title>
            {deals.data && (
              <Text size="sm" c="dimmed">
                {t("common.count", { count: deals.data.total })}
              </Text>
            )}
          </Group>
          {deals.isError && <QueryError error={deals.error} onRetry={() => void deals.refetch()} />}
          <DataTable
            data={deals.data?.items ?? []}
            columns={columns}
            getRowId={(d) => d.id}
            onRowClick={(d) => void navigate(`/deals/${d.id}`)}
            loading={deals.isPending}
            emptyText={t("accounts.noDeals")}
            testId="account-deals-table"
            rowTestId="deal-row"
          />
        </Paper>
      </Stack>
    </Box>
  );
}

export default AccountDetailPage;
