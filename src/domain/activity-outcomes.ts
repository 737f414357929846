// Which activity outcomes each base metric counts (SPEC.md section 2 outcomes, section 4 metrics).
// The SQL that feeds the metric engine takes these lists as parameters: one definition.

export const callOutcomes = ["not_reached", "reached", "effective_contact", "appointment_set"] as const;
export const emailOutcomes = ["sent", "opened", "clicked", "replied"] as const;
export const meetingOutcomes = ["scheduled", "held", "cancelled"] as const;
export const meetingKinds = ["visit", "online_meeting"] as const;

/** A call that reached the person (接続). */
export const reachedCallOutcomes = ["reached", "effective_contact", "appointment_set"];
/** A call with a real conversation (有効コンタクト). */
export const effectiveContactOutcomes = ["effective_contact", "appointment_set"];
/** A call that set a meeting (商談設定). */
export const meetingSetOutcomes = ["appointment_set"];
/** An email that was opened: a click or a reply implies the open. */
export const openedEmailOutcomes = ["opened", "clicked", "replied"];
export const clickedEmailOutcomes = ["clicked"];
export const repliedEmailOutcomes = ["replied"];
