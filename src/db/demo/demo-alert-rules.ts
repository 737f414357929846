// The org-wide alert rules a new organisation starts with, so that the bell has something to say on
// the first day: stale deals, next meetings passed, leads past their SLA (each at the kinds' default
// thresholds), the weekly meetings pace, escalated to the manager after a working day.
import type { AlertRuleKind } from "../schema";
import type { DemoContext } from "./demo-context";
import { stableUuid } from "./demo-random";
import { systemStart } from "./demo-setup";

const starterRules: AlertRuleKind[] = ["deal_stale", "meeting_passed", "lead_unanswered", "pace_behind"];

export function writeAlertRules(ctx: Pick<DemoContext, "calendar" | "sinks" | "seed">) {
  const at = new Date(systemStart(ctx));
  starterRules.forEach((kind, i) => {
    ctx.sinks.alertRules.push({
      id: stableUuid(ctx.seed, "alert-rule", i),
      kind,
      teamId: null,
      params: {},
      escalateAfterHours: 24,
      active: true,
      createdBy: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
  });
}
