// Shapes of the JSON columns.
export type ChecklistItem = { key: string; label: string; labelEn: string };
export type EvidenceItem = ChecklistItem & { type: "url" | "text" | "date" };
export type PickItem = { key: string; label: string; labelEn: string };
