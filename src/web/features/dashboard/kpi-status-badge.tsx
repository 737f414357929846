import { Badge, Box } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardKpi } from "../../api/dashboard";
import { statusColors } from "../kpi-tree/kpi-tree-model";

/** 順調 / 遅れ / 要注意 / 目標なし, in the colours of the KPI tree. */
export function KpiStatusBadge({ status, testId }: { status: DashboardKpi["status"]; testId?: string }) {
  const { t } = useTranslation();
  const colors = statusColors[status];
  return (
    <Badge
      size="sm"
      variant="light"
      color={colors.mantine}
      leftSection={<Box w={8} h={8} style={{ borderRadius: 4, background: colors.main }} />}
      style={{ minWidth: "max-content" }}
      data-testid={testId}
      data-status={status}
    >
      {t(`kpi.status.${status}`)}
    </Badge>
  );
}
