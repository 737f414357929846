// Logging a call or an e-mail against a lead in one click (SPEC C7: a few keystrokes): the activity
// is written at once, and the toast that confirms it can take it back.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type Activity, activityKeys, createActivity, deleteActivity } from "../../api/activities";
import { analysisKeys } from "../../api/analysis";
import { dashboardKeys } from "../../api/dashboard";
import { kpiTreeKeys } from "../../api/kpi-tree";
import { leadKeys } from "../../api/leads";

export type QuickOutcome = "not_reached" | "reached" | "effective_contact" | "appointment_set" | "email_sent";

export const quickOutcomes: {
  key: QuickOutcome;
  kind: "call" | "email";
  outcome: string;
  hotkey: string;
  color: string;
}[] = [
  { key: "not_reached", kind: "call", outcome: "not_reached", hotkey: "1", color: "gray" },
  { key: "reached", kind: "call", outcome: "reached", hotkey: "2", color: "blue" },
  { key: "effective_contact", kind: "call", outcome: "effective_contact", hotkey: "3", color: "indigo" },
  { key: "appointment_set", kind: "call", outcome: "appointment_set", hotkey: "4", color: "teal" },
  { key: "email_sent", kind: "email", outcome: "sent", hotkey: "5", color: "grape" },
];

/** Everything that counts activities or shows the lead is read again. */
function useActivitiesChanged() {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [
      leadKeys.all,
      activityKeys.all,
      dashboardKeys.all,
      analysisKeys.all,
      kpiTreeKeys.all,
    ]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
}

export function useQuickLog() {
  const changed = useActivitiesChanged();
  return useMutation({
    mutationFn: ({ leadId, outcome, note }: { leadId: string; outcome: QuickOutcome; note: string }) => {
      const quick = quickOutcomes.find((q) => q.key === outcome) ?? quickOutcomes[0];
      return createActivity({
        kind: quick?.kind ?? "call",
        outcome: quick?.outcome ?? null,
        leadId,
        note: note.trim() || null,
      });
    },
    onSuccess: changed,
  });
}

export function useUndoActivity() {
  const changed = useActivitiesChanged();
  return useMutation({
    mutationFn: (activity: Pick<Activity, "id" | "version">) => deleteActivity(activity.id, activity.version),
    onSuccess: changed,
  });
}
