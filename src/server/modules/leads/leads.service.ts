// Lead use cases: list (with the SLA breaches of now), detail with its activities and timeline,
// create with its SLA due time, edit with optimistic concurrency and the status rules.
import type { LeadCreate, LeadDetail, LeadListQuery, LeadPatch } from "../../../contract/leads";
import { addBusinessMinutes } from "../../../domain/inside-sales/business-hours";
import { canMoveLead } from "../../../domain/inside-sales/lead-status";
import { diffRecords } from "../../../domain/record-diff";
import { inScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { ActivityRepository } from "../activities/activities.repository";
import { toActivity } from "../activities/activity-views";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import { assignablePerson, visiblePerson } from "../directory/assignable-person";
import type { DirectoryRepository } from "../directory/directory.repository";
import { recordScopeOf, resolveScope } from "../metrics/resolve-scope";
import { type InsideSalesRules, insideSalesRules } from "./inside-sales-settings";
import { toLead } from "./lead-views";
import type { LeadRepository, LeadRow } from "./leads.repository";

export type LeadRepos = {
  leads: LeadRepository;
  activities: ActivityRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
};
export type LeadService = ReturnType<typeof createLeadService>;

const CALL_LIST_SIZE = 100;

export const auditedLeadFields = [
  "companyName",
  "contactName",
  "email",
  "phone",
  "channel",
  "status",
  "ownerId",
  "teamId",
  "accountId",
  "bantBudget",
  "bantAuthority",
  "bantNeed",
  "bantTiming",
  "disqualifiedReason",
] as const satisfies readonly (keyof LeadRow)[];

export function createLeadService(deps: {
  repos: LeadRepos;
  inTransaction: <T>(work: (repos: LeadRepos) => Promise<T>) => Promise<T>;
  clock: Clock;
}) {
  const { repos, inTransaction, clock } = deps;

  /** The lead as the caller may see it; another team's lead is "not found". */
  async function visible(caller: AuthContext, id: string, tx: LeadRepos = repos) {
    const view = await tx.leads.findView(id, clock.now());
    if (!view || !inScope(caller.access.read, view.lead)) throw new AppError("NOT_FOUND");
    return toLead(view);
  }

  /** The owner must be someone the caller may assign to; the lead takes their team. */
  const ownerTeam = async (caller: AuthContext, tx: LeadRepos, ownerId: string) =>
    (await assignablePerson(tx.directory, caller, ownerId, "ownerId")).teamId;

  async function checkAccount(caller: AuthContext, tx: LeadRepos, accountId: string | null | undefined) {
    if (!accountId) return;
    const account = await tx.activities.findLink("account", accountId);
    if (!account || !inScope(caller.access.read, account)) {
      throw new AppError("INVALID_REFERENCE", { field: "accountId" });
    }
  }

  const checkChannel = (rules: InsideSalesRules, channel: string | undefined) => {
    if (channel !== undefined && !rules.channels.some((c) => c.key === channel)) {
      throw new AppError("LEAD_CHANNEL_UNKNOWN", { field: "channel" });
    }
  };

  return {
    async list(caller: AuthContext, query: LeadListQuery) {
      const within = query.scope
        ? recordScopeOf((await resolveScope(repos.directory, caller, query.scope)).filter)
        : { all: true as const };
      const { items, total } = await repos.leads.list(query, caller.access.read, within, clock.now());
      return { items: items.map(toLead), total, limit: query.limit, offset: query.offset };
    },

    /** A rep's call list (the caller's, or a member's for their manager): open leads not yet
     *  answered first, by their SLA due time, then the longest untouched. */
    async callList(caller: AuthContext, userId = caller.userId) {
      await visiblePerson(repos.directory, caller, userId);
      const [ids, total] = await Promise.all([
        repos.leads.callList(userId, CALL_LIST_SIZE),
        repos.leads.countCallList(userId),
      ]);
      const views = await repos.leads.findViews(ids, clock.now());
      return { items: views.map(toLead), total };
    },

    async get(caller: AuthContext, id: string): Promise<LeadDetail> {
      const lead = await visible(caller, id);
      const [logged, audits] = await Promise.all([
        repos.activities.list({ leadId: id, limit: 200, offset: 0 }, { all: true }, caller.timeZone),
        repos.audit.listFor("lead", id),
      ]);
      return {
        ...lead,
        activities: logged.items.map(toActivity),
        timeline: audits.map((a) => ({
          at: a.at.toISOString(),
          kind: a.action === "create" ? "create" : "status" in a.changes ? "status" : "field",
          actorName: a.actorName,
          changes: a.changes,
        })),
      };
    },

    async create(caller: AuthContext, input: LeadCreate) {
      return inTransaction(async (tx) => {
        const rules = await insideSalesRules(tx.directory);
        checkChannel(rules, input.channel);
        const ownerId = input.ownerId ?? caller.userId;
        const teamId = await ownerTeam(caller, tx, ownerId);
        await checkAccount(caller, tx, input.accountId);
        const now = clock.now();
        const createdAt = input.createdAt ? new Date(input.createdAt) : now;
        const values = {
          companyName: input.companyName,
          contactName: input.contactName ?? null,
          email: input.email ?? null,
          phone: input.phone ?? null,
          accountId: input.accountId ?? null,
          bantBudget: input.bantBudget ?? null,
          bantAuthority: input.bantAuthority ?? null,
          bantNeed: input.bantNeed ?? null,
          bantTiming: input.bantTiming ?? null,
          channel: input.channel,
          status: "new" as const,
          ownerId,
          teamId,
          responseDueAt: addBusinessMinutes(createdAt, rules.slaMinutes, rules.hours),
          createdAt,
          updatedAt: now,
        };
        const id = await tx.leads.insert(values);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "lead",
          entityId: id,
          action: "create",
          changes: diffRecords({} as Record<string, unknown>, values, auditedLeadFields),
        });
        return visible(caller, id, tx);
      });
    },

    async update(caller: AuthContext, id: string, patch: LeadPatch) {
      return inTransaction(async (tx) => {
        const before = await tx.leads.findForUpdate(id);
        if (!before || !inScope(caller.access.read, before)) throw new AppError("NOT_FOUND");
        if (!inScope(caller.access.write, before)) throw new AppError("FORBIDDEN");
        if (before.version !== patch.version) {
          throw new AppError("VERSION_CONFLICT", { current: await visible(caller, id, tx) });
        }
        const { version: _, ...edits } = patch;
        const rules = await insideSalesRules(tx.directory);
        checkChannel(rules, edits.channel);
        await checkAccount(caller, tx, edits.accountId);
        const status = edits.status ?? before.status;
        if (!canMoveLead(before.status, status))
          throw new AppError("LEAD_STATUS_INVALID", { field: "status" });
        const reason =
          edits.disqualifiedReason !== undefined ? edits.disqualifiedReason : before.disqualifiedReason;
        if (status === "disqualified" && !rules.disqualifyReasons.some((r) => r.key === reason)) {
          throw new AppError("DISQUALIFY_REASON_REQUIRED", { field: "disqualifiedReason" });
        }
        const after = {
          ...edits,
          ...(edits.ownerId ? { teamId: await ownerTeam(caller, tx, edits.ownerId) } : {}),
          // A reopened lead forgets why it was disqualified.
          ...(status !== "disqualified" ? { disqualifiedReason: null } : {}),
        };
        const changes = diffRecords(before, after, auditedLeadFields);
        if (Object.keys(changes).length > 0) {
          await tx.leads.update(id, { ...after, updatedAt: clock.now(), version: before.version + 1 });
          await tx.audit.record({
            actorId: caller.userId,
            entity: "lead",
            entityId: id,
            action: "update",
            changes,
          });
        }
        return visible(caller, id, tx);
      });
    },
  };
}
