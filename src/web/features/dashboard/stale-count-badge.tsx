import { Badge } from "@mantine/core";
import { IconClockExclamation } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../i18n/format";
import { dealsLink } from "./dashboard-model";

/** "12件 ・ ¥38M" of a scope's stale deals, opening the deal list of exactly those deals. */
export function StaleCountBadge({
  scope,
  count,
  amount,
  testId,
}: {
  scope: string;
  count: number;
  amount: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Badge
      component={Link}
      to={dealsLink(scope, { status: "open", stale: true })}
      size="lg"
      variant="light"
      color={count > 0 ? "orange" : "gray"}
      leftSection={<IconClockExclamation size={14} />}
      style={{ cursor: "pointer" }}
      data-testid={testId}
    >
      {t("dashboard.stale.count", { count, amount: f.yenCompact(amount) })}
    </Badge>
  );
}
