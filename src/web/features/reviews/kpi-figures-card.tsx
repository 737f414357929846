import { Text } from "@mantine/core";
import type { WeeklyFigures } from "../../api/reviews";
import { WidgetCard } from "../../components/widget-card";
import { KpiProgressTable } from "../dashboard/kpi-progress-table";
import { useFigures } from "../dashboard/use-figures";

const noLink = () => null;

/** KPI target vs actual of the sheet's period: the KGI first, then the KPIs with their pace. */
export function KpiFiguresCard({ figures }: { figures: Pick<WeeklyFigures, "kgi" | "pace"> }) {
  const x = useFigures();
  const { pace } = figures;
  return (
    <WidgetCard
      title={x.t("reviews.figures.kpis")}
      subtitle={
        <Text size="xs" c="dimmed" span>
          {x.t("reviews.figures.pace", {
            elapsed: pace.elapsedBusinessDays,
            days: pace.businessDays,
            share: x.rate(pace.expectedShare, 0),
          })}
        </Text>
      }
      testId="review-kpis"
    >
      <KpiProgressTable
        rows={[figures.kgi, ...pace.kpis.filter((k) => k.kpiKey !== figures.kgi.kpiKey)]}
        linkOf={noLink}
        testId="review-kpi-table"
        rowTestId="review-kpi-row"
      />
    </WidgetCard>
  );
}
