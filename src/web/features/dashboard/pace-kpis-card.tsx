import { useTranslation } from "react-i18next";
import type { Dashboard } from "../../api/dashboard";
import { WidgetCard } from "../../components/widget-card";
import { KpiProgressTable } from "./kpi-progress-table";

/** The action and tactical KPIs of the scope against their targets and the business-day pace. */
export function PaceKpisCard({
  data,
  linkOf,
}: {
  data: Dashboard;
  linkOf: (kpiKey: string) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <WidgetCard
      title={t("dashboard.kpis.title")}
      subtitle={t("dashboard.kpis.subtitle")}
      testId="pace-kpis-card"
    >
      <KpiProgressTable
        rows={data.pace.kpis}
        linkOf={linkOf}
        testId="pace-kpis-table"
        rowTestId="pace-kpi-row"
      />
    </WidgetCard>
  );
}
