import { Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../contract/deals";
import { useFormat } from "../../i18n/format";
import { channelLabel } from "../../i18n/labels";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** Read-only facts about the deal that the quick-edit form does not show. */
export function DealFacts({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper withBorder p="md" data-testid="deal-facts">
      <Title order={3} fz="md" mb="sm">
        {t("deal.factsTitle")}
      </Title>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
        <Fact label={t("fields.stageEnteredAt")}>{f.timestamp(deal.stageEnteredAt)}</Fact>
        <Fact label={t("fields.closeDatePushes")}>{t("common.times", { count: deal.closeDatePushes })}</Fact>
        <Fact label={t("fields.channel")}>{channelLabel(t, deal.channel)}</Fact>
        <Fact label={t("fields.closedAt")}>{f.timestamp(deal.closedAt)}</Fact>
        <Fact label={t("fields.createdAt")}>{f.timestamp(deal.createdAt)}</Fact>
        <Fact label={t("fields.updatedAt")}>{f.timestamp(deal.updatedAt)}</Fact>
      </SimpleGrid>
      {(deal.bantBudget || deal.bantAuthority || deal.bantNeed || deal.bantTiming) && (
        <SimpleGrid cols={2} spacing="sm" mt="md">
          <Fact label={t("fields.bantBudget")}>{deal.bantBudget ?? "—"}</Fact>
          <Fact label={t("fields.bantAuthority")}>{deal.bantAuthority ?? "—"}</Fact>
          <Fact label={t("fields.bantNeed")}>{deal.bantNeed ?? "—"}</Fact>
          <Fact label={t("fields.bantTiming")}>{deal.bantTiming ?? "—"}</Fact>
        </SimpleGrid>
      )}
    </Paper>
  );
}
