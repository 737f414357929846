// Logging calls, emails and meetings. Each write runs in one transaction with its audit entry; the
// rollup triggers count it in the same transaction, so the dashboard moves with the next read.
import {
  type Activity,
  type ActivityCreate,
  type ActivityListQuery,
  type ActivityPatch,
  activity as activitySchema,
} from "../../../contract/activities";
import { isOutcomeAllowed } from "../../../domain/activity-rules";
import { diffRecords } from "../../../domain/record-diff";
import { inScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import { assignablePerson } from "../directory/assignable-person";
import type { DirectoryRepository } from "../directory/directory.repository";
import { refreshLeadResponse } from "../leads/lead-response";
import type { LeadRepository } from "../leads/leads.repository";
import type { MetricsService } from "../metrics/metrics.service";
import { recordScopeOf } from "../metrics/resolve-scope";
import { asReturned, type WebhookOutbox } from "../webhooks/webhook-outbox.repository";
import type { ActivityRepository, ActivityRow } from "./activities.repository";
import { toActivity } from "./activity-views";

type Repos = {
  activities: ActivityRepository;
  leads: LeadRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
  outbox: WebhookOutbox;
};

const audited = [
  "kind",
  "outcome",
  "subject",
  "note",
  "durationSec",
  "occurredAt",
  "ownerId",
  "teamId",
  "leadId",
  "dealId",
  "accountId",
] as const satisfies readonly (keyof ActivityRow)[];

export function createActivityService(deps: {
  repos: Repos;
  inTransaction: <T>(work: (repos: Repos) => Promise<T>) => Promise<T>;
  metrics: MetricsService;
  clock: Clock;
}) {
  const { repos, inTransaction, metrics, clock } = deps;

  async function visible(caller: AuthContext, id: string, tx: Repos = repos) {
    const view = await tx.activities.findView(id);
    if (!view || !inScope(caller.access.read, view.activity)) throw new AppError("NOT_FOUND");
    return toActivity(view);
  }

  /** Linked records must be readable by the caller; a deal or lead gives its account when none is set. */
  async function links(
    caller: AuthContext,
    tx: Repos,
    input: Pick<ActivityCreate, "dealId" | "leadId" | "accountId">,
  ) {
    let accountId = input.accountId ?? null;
    for (const [kind, id] of [
      ["deal", input.dealId],
      ["lead", input.leadId],
      ["account", input.accountId],
    ] as const) {
      if (!id) continue;
      const link = await tx.activities.findLink(kind, id);
      if (!link || (kind !== "account" && !inScope(caller.access.read, link))) {
        throw new AppError("INVALID_REFERENCE", { field: `${kind}Id` });
      }
      accountId ??= (link.accountId as string | null) ?? null;
    }
    return accountId;
  }

  return {
    async list(caller: AuthContext, query: ActivityListQuery) {
      const scope = await metrics.resolveScope(caller, query.scope);
      const { items, total } = await repos.activities.list(
        query,
        recordScopeOf(scope.filter),
        caller.timeZone,
      );
      return { items: items.map(toActivity), total, limit: query.limit, offset: query.offset };
    },

    get: (caller: AuthContext, id: string) => visible(caller, id),

    async create(caller: AuthContext, input: ActivityCreate): Promise<Activity> {
      if (!isOutcomeAllowed(input.kind, input.outcome)) throw new AppError("ACTIVITY_OUTCOME_INVALID");
      return inTransaction(async (tx) => {
        const ownerId = input.ownerId ?? caller.userId;
        const owner = await assignablePerson(tx.directory, caller, ownerId, "ownerId");
        const accountId = await links(caller, tx, input);
        const now = clock.now();
        const values = {
          kind: input.kind,
          outcome: input.outcome ?? null,
          subject: input.subject ?? null,
          note: input.note ?? null,
          durationSec: input.durationSec ?? null,
          occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
          ownerId,
          teamId: owner.teamId,
          dealId: input.dealId ?? null,
          leadId: input.leadId ?? null,
          accountId,
          createdAt: now,
          updatedAt: now,
        };
        const id = await tx.activities.insert(values);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "activity",
          entityId: id,
          action: "create",
          changes: diffRecords({} as Record<string, unknown>, values, audited),
        });
        if (values.leadId) await refreshLeadResponse(tx, values.leadId, caller.userId, now);
        const logged = await visible(caller, id, tx);
        // Its webhook deliveries in the same transaction.
        await tx.outbox.record(["activity.logged"], { data: asReturned(activitySchema.shape, logged) });
        return logged;
      });
    },

    async update(caller: AuthContext, id: string, patch: ActivityPatch): Promise<Activity> {
      return inTransaction(async (tx) => {
        const before = await locked(caller, tx, id, patch.version);
        const { version: _, occurredAt, ...edits } = patch;
        const after = { ...edits, ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}) };
        const kind = after.kind ?? before.kind;
        const outcome = after.outcome !== undefined ? after.outcome : before.outcome;
        if (!isOutcomeAllowed(kind, outcome)) throw new AppError("ACTIVITY_OUTCOME_INVALID");
        const changes = diffRecords(before, after, audited);
        if (Object.keys(changes).length > 0) {
          await tx.activities.update(id, { ...after, updatedAt: clock.now(), version: before.version + 1 });
          await tx.audit.record({
            actorId: caller.userId,
            entity: "activity",
            entityId: id,
            action: "update",
            changes,
          });
          if (before.leadId) await refreshLeadResponse(tx, before.leadId, caller.userId, clock.now());
        }
        return visible(caller, id, tx);
      });
    },

    async remove(caller: AuthContext, id: string, version: number) {
      await inTransaction(async (tx) => {
        const before = await locked(caller, tx, id, version);
        await tx.activities.delete(id);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "activity",
          entityId: id,
          action: "delete",
          changes: diffRecords(before, Object.fromEntries(audited.map((f) => [f, null])), audited),
        });
        if (before.leadId) await refreshLeadResponse(tx, before.leadId, caller.userId, clock.now());
      });
    },
  };

  /** Locks the row, checks the caller may change it and edited the latest version. */
  async function locked(caller: AuthContext, tx: Repos, id: string, version: number) {
    const row = await tx.activities.findForUpdate(id);
    if (!row || !inScope(caller.access.read, row)) throw new AppError("NOT_FOUND");
    if (!inScope(caller.access.write, row)) throw new AppError("FORBIDDEN");
    if (row.version !== version)
      throw new AppError("VERSION_CONFLICT", { current: await visible(caller, id, tx) });
    return row;
  }
}
