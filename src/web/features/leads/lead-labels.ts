// Lead statuses, channels and disqualification reasons as the UI shows them: the org's pick lists
// (inside-sales settings) in the UI language, a key the lists no longer hold shown as it is.
import type { TFunction } from "i18next";
import { useCallback } from "react";
import { leadStatuses } from "../../../domain/inside-sales/lead-status";
import type { InsideSalesSettings, LeadStatus } from "../../api/leads";
import { useLocalizedName } from "../../i18n/use-lang";
import { outcomeLabel } from "../activities/activity-labels";
import { useInsideSalesSettings } from "../inside-sales-settings/use-inside-sales-settings";

export { leadStatuses };

export const leadStatusColors: Record<LeadStatus, string> = {
  new: "blue",
  working: "brand",
  qualified: "teal",
  handed_off: "grape",
  disqualified: "gray",
};

export const isLeadStatus = (value: string | null | undefined): value is LeadStatus =>
  (leadStatuses as readonly (string | null | undefined)[]).includes(value);

type PickList = InsideSalesSettings["channels"];

/** Channel and reason labels from the org's lists, in the UI language. */
export function usePickLabels() {
  const settings = useInsideSalesSettings();
  const localized = useLocalizedName();
  const label = useCallback(
    (list: PickList | undefined, key: string | null) => {
      if (!key) return "—";
      const item = list?.find((i) => i.key === key);
      return item ? localized(item.label, item.labelEn) : key;
    },
    [localized],
  );
  const channels = settings.data?.channels;
  const reasons = settings.data?.disqualifyReasons;
  return {
    settings: settings.data,
    channelLabel: useCallback((key: string | null) => label(channels, key), [label, channels]),
    reasonLabel: useCallback((key: string | null) => label(reasons, key), [label, reasons]),
    channelOptions: (channels ?? []).map((c) => ({ value: c.key, label: localized(c.label, c.labelEn) })),
    reasonOptions: (reasons ?? []).map((r) => ({ value: r.key, label: localized(r.label, r.labelEn) })),
  };
}

/** Business minutes as "45分" / "2時間5分" (en: "45 min" / "2 h 5 min"). */
export function formatBusinessMinutes(t: TFunction, minutes: number): string {
  if (minutes < 60) return t("leads.minutes.short", { m: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? t("leads.minutes.hours", { h }) : t("leads.minutes.long", { h, m });
}

const quickCallOutcomes = ["not_reached", "reached", "effective_contact", "appointment_set"] as const;
type QuickCallOutcome = (typeof quickCallOutcomes)[number];

/** A call's outcome in the words of the quick log (不在 / 接続 / …); other outcomes as the app names them. */
export function leadOutcomeLabel(t: TFunction, kind: string, outcome: string | null): string {
  if (kind === "call" && (quickCallOutcomes as readonly (string | null)[]).includes(outcome))
    return t(`leads.quickLog.outcomes.${outcome as QuickCallOutcome}`);
  return outcomeLabel(t, outcome);
}
