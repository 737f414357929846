import { Group, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import type { MonthlyFigures } from "../../api/reviews";
import { WidgetCard } from "../../components/widget-card";
import { useFigures } from "../dashboard/use-figures";
import { BottleneckLine, FunnelStepsTable } from "./funnel-steps-table";
import { KpiFiguresCard } from "./kpi-figures-card";
import { useNamesByJapanese, usePersonLabels } from "./use-person-labels";

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** 着地予測とその根拠: P10 / P50 / P90 on top of won to date, the weighted pipeline and coverage. */
function LandingSection({ figures }: { figures: MonthlyFigures }) {
  const x = useFigures();
  const { forecast, landing } = figures;
  const names = useNamesByJapanese();
  const yen = (v: number | null) => x.f.yen(v);
  return (
    <WidgetCard title={x.t("reviews.figures.landing")} testId="review-landing">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label="P10" value={yen(forecast.landing.p10)} />
          <Figure label="P50" value={yen(forecast.landing.p50)} testId="review-p50" />
          <Figure label="P90" value={yen(forecast.landing.p90)} />
          <Figure label={x.t("reviews.figures.target")} value={yen(forecast.landing.target)} />
        </SimpleGrid>
        <Text size="sm">
          {x.t("reviews.figures.landingBasis", {
            won: yen(forecast.landing.wonToDate),
            weighted: yen(forecast.weighted.weighted),
            open: x.f.number(forecast.weighted.count),
            achievement: x.rate(forecast.landing.achievement, 0),
            coverage: forecast.coverage.ratio === null ? "—" : `${forecast.coverage.ratio.toFixed(1)}×`,
            rule: `${forecast.coverage.rule}×`,
            byHistory: x.f.number(forecast.byHistory),
            byStage: x.f.number(forecast.byStage),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {x.t("reviews.figures.simpleLanding", {
            estimate: yen(landing.estimate),
            won: yen(landing.wonToDate),
            weighted: yen(landing.weightedOpen),
          })}
        </Text>
        {forecast.topDeals.length > 0 && (
          <Table verticalSpacing={4} className="avoid-break">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{x.t("reviews.figures.deal")}</Table.Th>
                <Table.Th>{x.t("reviews.figures.owner")}</Table.Th>
                <Table.Th>{x.t("reviews.figures.stage")}</Table.Th>
                <Table.Th ta="right">{x.t("reviews.figures.amount")}</Table.Th>
                <Table.Th ta="right">{x.t("reviews.figures.chance")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {forecast.topDeals.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>{names.person(d.ownerName)}</Table.Td>
                  <Table.Td>{names.stage(d.stageName)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {yen(d.amount)}
                  </Table.Td>
                  <Table.Td ta="right">{x.rate(d.chance, 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </WidgetCard>
  );
}

/** 個人別の数値: each person's KGI against their target, for the evaluation below. */
function PeopleSection({ figures }: { figures: MonthlyFigures }) {
  const x = useFigures();
  const { people } = figures;
  const label = usePersonLabels();
  return (
    <WidgetCard
      title={x.t("reviews.figures.people")}
      subtitle={x.name(people)}
      testId="review-people-figures"
    >
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{x.t("reviews.figures.person")}</Table.Th>
            <Table.Th ta="right">{x.t("dashboard.kpis.actual")}</Table.Th>
            <Table.Th ta="right">{x.t("dashboard.kpis.target")}</Table.Th>
            <Table.Th ta="right">{x.t("dashboard.kpis.achievement")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.items.map((item) => {
            const p = { ...item, ...label(item.userId, item.name, item.teamName) };
            return (
              <Table.Tr key={p.userId}>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {p.name}
                    </Text>
                    {p.teamName && (
                      <Text size="xs" c="dimmed">
                        {p.teamName}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{x.value(p.value, people.unit, true)}</Table.Td>
                <Table.Td ta="right">{x.value(p.target, people.unit, true)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {x.rate(p.achievement, 0)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </WidgetCard>
  );
}

/** 月次の数値: KPIs, the landing forecast and its basis, the funnel, each person's figures. */
export function MonthlyFiguresSection({ figures }: { figures: MonthlyFigures }) {
  const x = useFigures();
  return (
    <Stack gap="md">
      <KpiFiguresCard figures={figures} />
      <LandingSection figures={figures} />
      <WidgetCard title={x.t("reviews.figures.funnel")} testId="review-funnel-card">
        <Stack gap="sm">
          <BottleneckLine funnel={figures.funnel} />
          <FunnelStepsTable funnel={figures.funnel} />
        </Stack>
      </WidgetCard>
      {figures.people.items.length > 0 && <PeopleSection figures={figures} />}
    </Stack>
  );
}
