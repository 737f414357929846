import { Anchor, Badge, Button, Table, Text } from "@mantine/core";
import { IconCheck, IconListCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MyDay, MyDayStaleDeal } from "../../api/my-day";
import { StaleBadge } from "../../components/stale-badge";
import { WidgetCard } from "../../components/widget-card";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { StaleCountBadge } from "../dashboard/stale-count-badge";
import { useTaskFromStale } from "../tasks/use-tasks";

/** タスク化: a task to decide the deal's next step, for its owner, due today. */
function StaleTaskButton({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const make = useTaskFromStale();
  if (make.isSuccess) {
    return (
      <Badge variant="light" color="teal" leftSection={<IconCheck size={12} />} data-testid="stale-task-made">
        {t("myDay.stale.made")}
      </Badge>
    );
  }
  return (
    <Button
      size="compact-xs"
      variant="light"
      leftSection={<IconListCheck size={14} />}
      loading={make.isPending}
      onClick={() => make.mutate(dealId)}
      data-testid="stale-make-task"
    >
      {t("myDay.stale.makeTask")}
    </Button>
  );
}

function StaleRow({ deal }: { deal: MyDayStaleDeal }) {
  const f = useFormat();
  const localized = useLocalizedName();
  return (
    <Table.Tr data-testid="my-day-stale-row">
      <Table.Td>
        <Anchor component={Link} to={`/deals/${deal.id}`} size="sm" fw={600} lineClamp={1}>
          {deal.name}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {[deal.accountName, localized(deal.stageName, deal.stageNameEn)].filter(Boolean).join(" ・ ")}
        </Text>
      </Table.Td>
      <Table.Td>
        <StaleBadge stale={deal.staleness} />
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
        <Text size="sm" fw={600} span>
          {f.yen(deal.amount)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <StaleTaskButton dealId={deal.id} />
      </Table.Td>
    </Table.Tr>
  );
}

/** 停滞案件: the person's stale deals, the biggest first, each one click from a task. */
export function StaleDealsSection({ data }: { data: MyDay }) {
  const { t } = useTranslation();
  const { staleDeals } = data;
  return (
    <WidgetCard
      title={t("myDay.stale.title")}
      subtitle={t("myDay.stale.subtitle")}
      actions={
        <StaleCountBadge
          scope={`user:${data.person.id}`}
          count={staleDeals.count}
          amount={staleDeals.amount}
          testId="my-day-stale-count"
        />
      }
      testId="my-day-stale"
    >
      {staleDeals.deals.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t("myDay.stale.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={620} type="native">
          <Table verticalSpacing={6} data-testid="my-day-stale-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("fields.name")}</Table.Th>
                <Table.Th style={{ whiteSpace: "nowrap" }}>{t("stale.column")}</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                  {t("fields.amount")}
                </Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staleDeals.deals.map((deal) => (
                <StaleRow key={deal.id} deal={deal} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </WidgetCard>
  );
}
