// Shapes of the JSON columns.
export type ChecklistItem = { key: string; label: string; labelEn: string };
export type EvidenceItem = ChecklistItem & { type: "url" | "text" | "date" };
export type PickItem = { key: string; label: string; labelEn: string };
export type ForecastCategory = "commit" | "best_case" | "pipeline" | "omitted";
/** The org's forecast rules (SPEC.md C6); absent keys take the defaults of domain/forecast. */
export type ForecastSettingsColumn = {
  yomi?: { a: number; b: number; c: number };
  coverageRule?: number;
  lookbackMonths?: number;
};
export type LeadStatus = "new" | "working" | "qualified" | "handed_off" | "disqualified";
/** The org's inside-sales rules (SPEC.md C7); absent keys take the defaults of domain/inside-sales. */
export type InsideSalesSettingsColumn = {
  slaMinutes?: number;
  businessHours?: { start: string; end: string };
  ratingDays?: number;
  channels?: PickItem[];
  disqualifyReasons?: PickItem[];
};
