import { Stack } from "@mantine/core";
import type { WeeklyFigures } from "../../api/reviews";
import { WidgetCard } from "../../components/widget-card";
import { KpiProgressTable } from "../dashboard/kpi-progress-table";
import { useFigures } from "../dashboard/use-figures";
import { BottleneckLine, FunnelStepsTable } from "./funnel-steps-table";
import { KpiFiguresCard } from "./kpi-figures-card";

const noLink = () => null;

/** 週次の数値: KPI target vs actual, the funnel with its bottleneck, inside sales when there is any. */
export function WeeklyFiguresSection({ figures }: { figures: WeeklyFigures }) {
  const x = useFigures();
  return (
    <Stack gap="md">
      <KpiFiguresCard figures={figures} />
      <WidgetCard title={x.t("reviews.figures.funnel")} testId="review-funnel-card">
        <Stack gap="sm">
          <BottleneckLine funnel={figures.funnel} />
          <FunnelStepsTable funnel={figures.funnel} />
        </Stack>
      </WidgetCard>
      {figures.insideSales && figures.insideSales.kpis.length > 0 && (
        <WidgetCard title={x.t("reviews.figures.insideSales")} testId="review-inside-sales">
          <KpiProgressTable
            rows={figures.insideSales.kpis}
            linkOf={noLink}
            testId="review-is-table"
            rowTestId="review-is-row"
          />
        </WidgetCard>
      )}
    </Stack>
  );
}
