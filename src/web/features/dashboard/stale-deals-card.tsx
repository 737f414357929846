import { Anchor, ScrollArea, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Dashboard } from "../../api/dashboard";
import { StaleBadge } from "../../components/stale-badge";
import { WidgetCard } from "../../components/widget-card";
import { StaleCountBadge } from "./stale-count-badge";
import { useFigures } from "./use-figures";

/** Stale open deals (no update beyond the stage's threshold, no next meeting), the biggest first. */
export function StaleDealsCard({ data }: { data: Dashboard }) {
  const x = useFigures();
  const { t, f } = x;
  const { stale } = data;
  return (
    <WidgetCard
      title={t("dashboard.stale.title")}
      subtitle={t("dashboard.stale.subtitle")}
      actions={
        <StaleCountBadge
          scope={data.scope.scope}
          count={stale.count}
          amount={stale.amount}
          testId="stale-count"
        />
      }
      testId="stale-card"
    >
      {stale.deals.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t("dashboard.stale.empty")}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={360} type="auto">
          <Table.ScrollContainer minWidth={720} type="native">
            <Table data-testid="stale-table" verticalSpacing={6} stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("fields.name")}</Table.Th>
                  <Table.Th>{t("fields.account")}</Table.Th>
                  <Table.Th>{t("fields.owner")}</Table.Th>
                  <Table.Th>{t("fields.stage")}</Table.Th>
                  <Table.Th>{t("stale.column")}</Table.Th>
                  <Table.Th ta="right">{t("fields.amount")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stale.deals.map((deal) => (
                  <Table.Tr key={deal.id} data-testid="stale-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/deals/${deal.id}`} size="sm" fw={600}>
                        {deal.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {deal.accountName ?? "—"}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{deal.ownerName}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {x.name({ name: deal.stageName, nameEn: deal.stageNameEn })}
                    </Table.Td>
                    <Table.Td>
                      <StaleBadge stale={deal.staleness} />
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      <Text size="sm" fw={600} span>
                        {f.yen(deal.amount)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </ScrollArea.Autosize>
      )}
    </WidgetCard>
  );
}
