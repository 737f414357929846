// Escalation (SPEC.md C10): an alert left unacknowledged past its rule's escalate_after_hours goes to
// the recipient's manager (the manager of their team, walking up the tree while a team has none),
// once: the update only takes alerts not escalated yet, so two runs escalate each alert once.
import { managerFor } from "../../../domain/alerts/escalation";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { AlertFactsRepository } from "./alert-facts.repository";
import type { AlertRepository } from "./alerts.repository";

const BATCH = 1_000;

export type AlertEscalation = ReturnType<typeof createAlertEscalation>;

export function createAlertEscalation(deps: {
  alerts: AlertRepository;
  facts: AlertFactsRepository;
  directory: DirectoryRepository;
}) {
  return {
    /** Escalates the alerts due at `now`; returns those this run escalated, with their manager. */
    async escalateDue(now: Date) {
      const due = await deps.alerts.dueForEscalation(now, BATCH);
      if (due.length === 0) return [];
      const [teams, managers] = await Promise.all([deps.directory.listTeams("all"), deps.facts.managers()]);
      const pairs = due.flatMap((a) => {
        const to = managerFor(a.recipientTeamId, teams, managers, a.recipientId);
        return to ? [{ id: a.id, to }] : [];
      });
      return deps.alerts.escalate(pairs, now);
    },
  };
}
