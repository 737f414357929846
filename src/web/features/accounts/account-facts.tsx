import { Anchor, Grid, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AccountDetail } from "../../../contract/accounts";
import { TemperatureBadge } from "../../components/status-badges";
import { useFormat } from "../../i18n/format";
import { sizeBandLabel } from "../../i18n/labels";
import { useOwnerName } from "../directory/use-owner-name";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </div>
  );
}

function Note({ label, value }: { label: string; value: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed" mb={2}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }} c={value ? undefined : "dimmed"}>
        {value || t("common.notSet")}
      </Text>
    </div>
  );
}

/** Website links only when they are plain http(s) addresses. */
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : null);

export function AccountFacts({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const ownerName = useOwnerName();
  const website = account.website ? safeUrl(account.website) : null;
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="md" h="100%" data-testid="account-facts">
          <Title order={3} fz="md" mb="sm">
            {t("accounts.facts")}
          </Title>
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
            <Fact label={t("accounts.industry")}>{account.industry ?? "—"}</Fact>
            <Fact label={t("accounts.sizeBand")}>{sizeBandLabel(t, account.sizeBand)}</Fact>
            <Fact label={t("accounts.region")}>{account.region ?? "—"}</Fact>
            <Fact label={t("accounts.temperature")}>
              {account.temperature ? <TemperatureBadge value={account.temperature} /> : "—"}
            </Fact>
            <Fact label={t("accounts.owner")}>{ownerName(account.ownerId, account.ownerName)}</Fact>
            <Fact label={t("accounts.website")}>
              {website ? (
                <Anchor href={website} target="_blank" rel="noreferrer" size="sm">
                  {website.replace(/^https?:\/\//i, "")}
                </Anchor>
              ) : (
                (account.website ?? "—")
              )}
            </Fact>
            <Fact label={t("accounts.openDeals")}>{t("common.count", { count: account.openDeals })}</Fact>
            <Fact label={t("accounts.openAmount")}>{f.yen(account.openAmount)}</Fact>
          </SimpleGrid>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="md" h="100%">
          <Stack gap="md">
            <Note label={t("accounts.needs")} value={account.needs} />
            <Note label={t("accounts.notes")} value={account.notes} />
            <Note label={t("accounts.decisionProcess")} value={account.decisionProcess} />
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
