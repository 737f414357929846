// Display labels for coded values that come from the data (channels, employee-size bands).
// Unknown codes are shown as they are rather than hidden.
import type { TFunction } from "i18next";

const channels = ["inbound_web", "outbound_list", "event", "referral", "partner", "ad", "existing"] as const;
type Channel = (typeof channels)[number];

export function channelLabel(t: TFunction, value: string | null): string {
  if (!value) return "—";
  return (channels as readonly string[]).includes(value) ? t(`channel.${value as Channel}`) : value;
}

/** "50-299" → "50〜299名" / "50–299"; "1000+" → "1000名以上" / "1000+". */
export function sizeBandLabel(t: TFunction, value: string | null): string {
  if (!value) return "—";
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(value);
  if (range) return t("sizeBand.range", { from: range[1], to: range[2] });
  const over = /^(\d+)\+$/.exec(value);
  if (over) return t("sizeBand.over", { from: over[1] });
  return value;
}
