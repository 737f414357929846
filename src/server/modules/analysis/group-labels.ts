// Names of the values of the analysis axes, in ja and en, as the API returns them with each group.
import type { FunnelAxis } from "../../../contract/analysis";
import { knownChannels } from "../../../domain/inside-sales/inside-sales-settings";

const channels = new Map(knownChannels.map((c) => [c.key, [c.label, c.labelEn] as [string, string]]));
const weekdays: [string, string][] = [
  ["日曜", "Sunday"],
  ["月曜", "Monday"],
  ["火曜", "Tuesday"],
  ["水曜", "Wednesday"],
  ["木曜", "Thursday"],
  ["金曜", "Friday"],
  ["土曜", "Saturday"],
];

/** [ja, en] for a group key of an axis ("unknown" where the attribute is not recorded). */
export function groupLabel(axis: FunnelAxis, key: string): [string, string] {
  if (key === "unknown") return ["未設定", "Not set"];
  switch (axis) {
    case "channel":
      return channels.get(key) ?? [key, key];
    case "weekday":
      return weekdays[Number(key)] ?? [key, key];
    case "hour":
      return [`${key}時台`, `${key.padStart(2, "0")}:00-`];
    case "size":
      return [`${key}名`, `${key} employees`];
    default:
      return [key, key];
  }
}

/** Sort order of the groups: hours and weekdays in time order (Monday first), the rest by name. */
export function groupOrder(axis: FunnelAxis, key: string): number | string {
  if (axis === "hour") return Number(key);
  if (axis === "weekday") return (Number(key) + 6) % 7;
  return key;
}
