// What the progress pages (KPI tree, dashboard, analysis) read from the URL the same way: the org's
// today, the chosen period (this month when none), the scope shown, and the pickers that change them.
import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../contract/auth";
import { dateInZone } from "../../../domain/calendar";
import { defaultScope, KpiScopePicker } from "./kpi-scope-picker";
import { currentPeriod, parsePickable } from "./period-options";
import { PeriodPicker } from "./period-picker";

/** The org's today and fiscal year start, and the period the URL names (this month when none). */
export function pickedPeriod(me: Me, text: string | undefined) {
  const fyStart = me.org.fiscalYearStartMonth;
  const today = dateInZone(new Date(), me.org.timeZone);
  const period = parsePickable(text, fyStart) ?? currentPeriod("month", today, fyStart);
  return { fyStart, today, period };
}

/** A member always sees themselves; others the scope the URL names, else their own default. */
export const pickedScope = (me: Me, text: string | undefined) =>
  me.role === "member" ? `user:${me.id}` : (text ?? defaultScope(me));

/** The scope picker (a member's own targets, as a caption) beside the period picker. */
export function ScopePeriodPickers({
  me,
  scope,
  picked,
  onChange,
}: {
  me: Me;
  scope: string;
  picked: ReturnType<typeof pickedPeriod>;
  onChange: (patch: { scope?: string; period?: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="center" wrap="wrap" gap="sm">
      {me.role === "member" ? (
        <Text size="sm" fw={600}>
          {t("kpiTree.yourTargets")}
        </Text>
      ) : (
        <KpiScopePicker me={me} scope={scope} onChange={(next) => onChange({ scope: next })} />
      )}
      <PeriodPicker
        period={picked.period}
        today={picked.today}
        fyStart={picked.fyStart}
        onChange={(next) => onChange({ period: next })}
      />
    </Group>
  );
}
