// What every rule of one evaluation shares: now in the org's zone, the team tree, the managers, the
// people, the KPI definitions and the business hours; and who a team-level alert goes to.

import { managerFor } from "../../../domain/alerts/escalation";
import { dateInZone } from "../../../domain/calendar";
import type { BusinessHours } from "../../../domain/inside-sales/business-hours";
import { subtreeOf } from "../../../domain/scope";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { KpiRepository } from "../kpis/kpis.repository";
import { insideSalesRules } from "../leads/inside-sales-settings";
import type { AlertDay, AlertFactsRepository } from "./alert-facts.repository";
import type { AlertRuleView } from "./alert-rules.repository";
import type { Named } from "./alert-texts";

export type AlertCandidate = {
  subjectKey: string;
  recipientId: string;
  teamId: string | null;
  link: string;
  facts: Record<string, unknown>;
  title: string;
  titleEn: string;
  message: string;
  messageEn: string;
};

export type KpiDefinitionRow = Awaited<ReturnType<KpiRepository["list"]>>[number];

export type EvaluationContext = Awaited<ReturnType<typeof loadEvaluationContext>>;

export async function loadEvaluationContext(
  deps: { directory: DirectoryRepository; facts: AlertFactsRepository; kpis: KpiRepository },
  now: Date,
) {
  const [org, teams, managers, users, kpis, rules] = await Promise.all([
    deps.directory.orgSettings(),
    deps.directory.listTeams("all"),
    deps.facts.managers(),
    deps.directory.listUsers({ all: true }),
    deps.kpis.list(),
    insideSalesRules(deps.directory),
  ]);
  const timeZone = org?.timeZone ?? "Asia/Tokyo";
  const day: AlertDay = { now, today: dateInZone(now, timeZone), timeZone };
  const orgTeamId = teams.find((t) => t.kind === "org")?.id ?? null;
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const hours: BusinessHours = rules.hours;
  return {
    day,
    fiscalYearStartMonth: org?.fiscalYearStartMonth ?? 4,
    hours,
    teams,
    orgTeamId,
    kpis: new Map(kpis.map((k) => [k.key, k])),
    /** Active people whose work figures are made of (not administrators). */
    people: users.filter((u) => u.active && u.role !== "admin"),
    /** The teams a rule covers: its team's subtree, or undefined for the org. */
    teamsOf: (rule: AlertRuleView) => (rule.teamId ? subtreeOf(teams, rule.teamId) : undefined),
    /** The manager of a team (walking up while a team has none; the org's without a team). */
    managerOf: (teamId: string | null, exclude?: string) =>
      managerFor(teamId ?? orgTeamId, teams, managers, exclude),
    teamName: (teamId: string | null): Named => {
      const team = teamId ? teamById.get(teamId) : undefined;
      const name = team?.name ?? org?.name ?? "";
      return { ja: name, en: team?.nameEn || name };
    },
    orgName: (): Named => ({ ja: org?.name ?? "", en: org?.name ?? "" }),
  };
}

export const personName = (p: { name: string; nameEn: string | null }): Named => ({
  ja: p.name,
  en: p.nameEn || p.name,
});
export const kpiName = (k: { name: string; nameEn: string }): Named => ({
  ja: k.name,
  en: k.nameEn || k.name,
});
