// The data-quality report of a scope: figures per person and in total, and the deals to fix.
import type { DataQuality, DataQualityQuery } from "../../../contract/data-quality";
import { dateInZone } from "../../../domain/calendar";
import {
  missingSevenFields,
  type OpenDealFacts,
  qualityFigures,
  type StageChangeFacts,
} from "../../../domain/data-quality";
import { formatScope, mayView, naturalScope, parseScope, subtreeOf } from "../../../domain/scope";
import { hadFullEvidence } from "../../../domain/stage-gate";
import { stalenessOf } from "../../../domain/stale";
import { AppError } from "../../errors";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { DataQualityRepository } from "./data-quality.repository";

const DEALS_TO_FIX = 200;

export function createDataQualityService(deps: {
  repo: DataQualityRepository;
  directory: DirectoryRepository;
  clock: Clock;
}) {
  const { repo, directory, clock } = deps;

  async function peopleOf(caller: AuthContext, param: string | undefined) {
    const target = param ? parseScope(param) : naturalScope(caller);
    const person = target.kind === "user" ? await repo.findPerson(target.id) : undefined;
    if (target.kind === "user" && !person) throw new AppError("NOT_FOUND");
    if (!mayView(caller.access.read, target, person)) throw new AppError("FORBIDDEN");
    switch (target.kind) {
      case "org":
        return { target, people: await repo.people({}) };
      case "team":
        return {
          target,
          people: await repo.people({ teamIds: subtreeOf(await directory.listTeams("all"), target.id) }),
        };
      case "user":
        return { target, people: await repo.people({ userId: target.id }) };
    }
  }

  return {
    async report(caller: AuthContext, query: DataQualityQuery): Promise<DataQuality> {
      const { target, people } = await peopleOf(caller, query.scope);
      const ids = people.map((p) => p.id);
      const now = clock.now();
      const today = dateInZone(now, caller.timeZone);
      const since = new Date(now.getTime() - query.days * 86_400_000);
      const [deals, changes, gates] = ids.length
        ? await Promise.all([
            repo.openDeals(ids, { now, timeZone: caller.timeZone }),
            repo.stageChangeGroups(ids, since),
            repo.stageGates(),
          ])
        : [[], [], []];

      const dealFacts = deals.map((deal) => ({
        deal,
        facts: {
          missing: missingSevenFields(deal),
          updatedOn: deal.updatedOn,
          staleDays: deal.staleDays,
          stale: stalenessOf({ ...deal, status: "open", hasScheduledActivity: deal.scheduledAhead, today }),
        } satisfies OpenDealFacts,
      }));
      const changeFacts = changes.map((c) => {
        const gate = gates.find((g) => g.id === c.toStageId);
        return {
          ownerId: c.ownerId,
          facts: {
            forward: c.forward,
            fullEvidence: gate ? hadFullEvidence(gate, c.conditions, c.evidenceKeys) : false,
            overridden: c.overridden,
            count: c.count,
          } satisfies StageChangeFacts,
        };
      });
      const figuresOf = (ownerId?: string) =>
        qualityFigures(
          dealFacts.filter((d) => !ownerId || d.deal.ownerId === ownerId).map((d) => d.facts),
          changeFacts.filter((c) => !ownerId || c.ownerId === ownerId).map((c) => c.facts),
          today,
        );
      const names = new Map(people.map((p) => [p.id, p.name]));
      const dealsToFix = dealFacts
        .filter((d) => d.facts.stale !== null || d.facts.missing.length > 0)
        .sort(
          (a, b) =>
            (b.facts.stale?.days ?? -1) - (a.facts.stale?.days ?? -1) ||
            b.facts.missing.length - a.facts.missing.length,
        )
        .slice(0, DEALS_TO_FIX)
        .map(({ deal, facts }) => ({
          id: deal.id,
          name: deal.name,
          ownerId: deal.ownerId,
          ownerName: names.get(deal.ownerId) ?? "",
          missingFields: facts.missing,
          stale: facts.stale,
          updatedAt: deal.updatedAt.toISOString(),
        }));
      return {
        scope: formatScope(target),
        days: query.days,
        totals: figuresOf(),
        people: people.map((p) => ({
          userId: p.id,
          name: p.name,
          nameEn: p.nameEn,
          teamId: p.teamId,
          ...figuresOf(p.id),
        })),
        dealsToFix,
      };
    },
  };
}
