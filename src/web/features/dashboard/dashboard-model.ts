// Where the dashboard's figures link to and how its few composite texts read: pure functions, so that
// the widgets share them and the tests can pin them.
import type { ActivityMetric } from "../../../contract/activities";
import type { ActivityDay, ActivityItem } from "../../api/dashboard";

export type ScopeKind = "org" | "team" | "user";

/** "team:<id>" → { kind: "team", id }; "org" → { kind: "org", id: null }. */
export function parseScope(scope: string): { kind: ScopeKind; id: string | null } {
  const [kind, id] = scope.split(":");
  if (kind === "team" || kind === "user") return { kind, id: id ?? null };
  return { kind: "org", id: null };
}

type Params = Record<string, string | number | boolean | null | undefined>;

/** A path with its query string; empty values are left out. */
export function pathWith(path: string, params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}

/** The deal list filter a scope maps to: a team with the teams below it, or one owner (none for the org). */
export function dealScopeFilter(scope: string): { scope?: string } {
  return parseScope(scope).kind === "org" ? {} : { scope };
}

export type DealFilter = {
  status?: "open" | "won" | "lost";
  stale?: boolean;
  pipelineId?: string | null;
  stageId?: string;
  /** Closed on these dates (won to date). */
  closedFrom?: string;
  closedTo?: string;
  /** Expected to close on these dates (the landing estimate's open deals). */
  expectedCloseFrom?: string;
  expectedCloseTo?: string;
};

/** The deals won in a range: the records behind revenue and wins. */
export const wonIn = (range: { from: string; to: string }): DealFilter => ({
  status: "won",
  closedFrom: range.from,
  closedTo: range.to,
});

/** The open deals expected to close in a period: the records behind the weighted pipeline. */
export const closingIn = (period: { start: string; end: string }): DealFilter => ({
  status: "open",
  expectedCloseFrom: period.start,
  expectedCloseTo: period.end,
});

export function dealsLink(scope: string, filter: DealFilter = {}): string {
  return pathWith("/deals", {
    ...filter,
    stale: filter.stale ? "true" : undefined,
    ...dealScopeFilter(scope),
  });
}

export function dashboardLink(scope: string, period?: string, rankBy?: string): string {
  return pathWith("/dashboard", { scope, period, rankBy });
}

export function analysisLink(scope: string, period?: string, by?: string): string {
  return pathWith("/analysis", { scope, period, by: by === "none" ? undefined : by });
}

/** The days of a period up to today: the activities behind a figure "to date". */
export function rangeToDate(
  period: { start: string; end: string },
  today: string,
): { from: string; to: string } {
  // Dates compare as text; before the period starts, its first day.
  if (today >= period.end) return { from: period.start, to: period.end };
  if (today <= period.start) return { from: period.start, to: period.start };
  return { from: period.start, to: today };
}

export type ActivityFilter = { metric?: ActivityMetric };

/** The activity list filter of an action KPI: exactly the activities its base metric counts. */
export const activityFilterOf: Record<string, ActivityFilter> = {
  calls: { metric: "calls" },
  reachedCalls: { metric: "reachedCalls" },
  effectiveContacts: { metric: "effectiveContacts" },
  meetingsSet: { metric: "meetingsSet" },
  meetings: { metric: "meetingsHeld" },
  meetingsHeld: { metric: "meetingsHeld" },
  emailsSent: { metric: "emailsSent" },
};

export function activitiesLink(
  scope: string,
  range: { from: string; to: string },
  filter: ActivityFilter = {},
): string {
  return pathWith("/activities", { scope, from: range.from, to: range.to, ...filter });
}

export type DailySeriesKey = Exclude<keyof ActivityDay, "date" | "businessDay">;
export const dailySeriesKeys: DailySeriesKey[] = [
  "calls",
  "effectiveContacts",
  "meetingsSet",
  "meetingsHeld",
  "emailsSent",
];

/** The daily series an action KPI is counted in ("meetings" are the meetings held). */
export function dailySeriesOf(kpiKey: string): DailySeriesKey | null {
  if (kpiKey === "meetings") return "meetingsHeld";
  return (dailySeriesKeys as string[]).includes(kpiKey) ? (kpiKey as DailySeriesKey) : null;
}

/** The action KPI whose daily target belongs on a series' chart. */
export function itemOfSeries(items: ActivityItem[], key: DailySeriesKey): ActivityItem | undefined {
  return items.find((item) => dailySeriesOf(item.kpiKey) === key);
}

/** The series a chart opens on: the first action KPI with a daily target, else calls. */
export function defaultSeries(items: ActivityItem[]): DailySeriesKey {
  for (const item of items) {
    const key = dailySeriesOf(item.kpiKey);
    if (key && item.dailyTarget !== null) return key;
  }
  return "calls";
}

/** The KPIs people can be ranked on. */
export const rankByKeys = [
  "revenue",
  "wins",
  "meetings",
  "meetingsSet",
  "calls",
  "effectiveContacts",
] as const;
export type RankByKey = (typeof rankByKeys)[number];
export function isRankByKey(value: string | undefined): value is RankByKey {
  return (rankByKeys as readonly string[]).includes(value ?? "");
}

/** 0.3 → "+30pt", -0.054 → "−5.4pt", 0 → "±0pt"; points of a share, one decimal at most. */
export function signedPoints(delta: number | null, unit = "pt"): string | null {
  if (delta === null || !Number.isFinite(delta)) return null;
  const points = Math.round(delta * 1000) / 10;
  if (points === 0) return `±0${unit}`;
  const text = Number.isInteger(points) ? String(Math.abs(points)) : Math.abs(points).toFixed(1);
  return `${points > 0 ? "+" : "−"}${text}${unit}`;
}

/** "2026-11-10" → "11/10" (ja) or "Nov 10" (en). */
export function formatMonthDay(date: string, lang: "ja" | "en"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (lang === "ja") return `${month}/${day}`;
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${names[month - 1]} ${day}`;
}

/** The colour of a delta: better is green, worse red, none grey. */
export function deltaColor(delta: number | null): string {
  if (delta === null || delta === 0) return "gray";
  return delta > 0 ? "teal" : "red";
}

/** The list behind a KPI's figure: its activities, or its deals; null when no list shows them. */
export function kpiRecordsLink(
  kpiKey: string,
  scope: string,
  range: { from: string; to: string },
): string | null {
  const activity = activityFilterOf[kpiKey];
  if (activity) return activitiesLink(scope, range, activity);
  if (kpiKey === "revenue" || kpiKey === "wins") return dealsLink(scope, wonIn(range));
  if (kpiKey === "pipelineAmount") return dealsLink(scope, { status: "open" });
  if (kpiKey === "newDeals") return dealsLink(scope);
  return null;
}
