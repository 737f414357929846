// A lead's life (SPEC.md C7): new → working → qualified → handed off, or disqualified with a reason
// from any open status. Handing off happens only through the hand-off (it creates the deal), and a
// disqualified lead may be reopened; a handed-off lead is done.

export const leadStatuses = ["new", "working", "qualified", "handed_off", "disqualified"] as const;
export type LeadStatus = (typeof leadStatuses)[number];

const moves: Record<LeadStatus, readonly LeadStatus[]> = {
  new: ["working", "qualified", "disqualified"],
  working: ["qualified", "disqualified"],
  qualified: ["working", "disqualified"],
  handed_off: [],
  disqualified: ["working"],
};

/** Whether a status may be set by editing the lead (the same status is no move and always allowed). */
export const canMoveLead = (from: LeadStatus, to: LeadStatus) => from === to || moves[from].includes(to);

/** Open leads are the IS rep's work queue. */
export const openLeadStatuses: readonly LeadStatus[] = ["new", "working", "qualified"];

/** The first call or e-mail moves a new lead into work. */
export const statusAfterTouch = (status: LeadStatus): LeadStatus => (status === "new" ? "working" : status);
