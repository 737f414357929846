// Deal use cases: list, detail, create, edit with optimistic concurrency, stage moves, board.
import type {
  Board,
  BoardQuery,
  Deal,
  DealCreate,
  DealDetail,
  DealListQuery,
  DealPatch,
  StageMove,
} from "../../../contract/deals";
import { dateInZone, startOfMonth } from "../../../domain/calendar";
import { diffRecords, isCloseDatePush } from "../../../domain/record-diff";
import { inScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { DealRepository, DealRow, DealView } from "./deals.repository";

export type DealRepositories = { deals: DealRepository; audit: AuditRepository; directory: DirectoryRepository };
export type DealService = ReturnType<typeof createDealService>;

const CARDS_PER_COLUMN = 100;

/** Fields whose changes are audited; stage fields are kept in stage history as well. */
const auditedFields = [
  "name",
  "accountId",
  "ownerId",
  "teamId",
  "amount",
  "probability",
  "probabilityReason",
  "expectedCloseDate",
  "nextMeetingDate",
  "nextMeetingPurpose",
  "decisionMakerId",
  "minutesUrl",
  "channel",
  "bantBudget",
  "bantAuthority",
  "bantNeed",
  "bantTiming",
  "stageId",
  "status",
  "lostReason",
  "closedAt",
] as const satisfies readonly (keyof DealRow)[];

export function toDeal(view: DealView): Deal {
  const { deal } = view;
  return {
    ...deal,
    accountName: view.accountName,
    ownerName: view.ownerName,
    decisionMakerName: view.decisionMakerName,
    stageEnteredAt: deal.stageEnteredAt.toISOString(),
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
    closedAt: deal.closedAt?.toISOString() ?? null,
  };
}

export function createDealService(deps: {
  repos: DealRepositories;
  inTransaction: <T>(work: (repos: DealRepositories) => Promise<T>) => Promise<T>;
  clock: Clock;
}) {
  const { repos, inTransaction, clock } = deps;

  /** The deal as the caller may see it; another team's deal is "not found", not "forbidden". */
  async function visibleView(caller: AuthContext, id: string, deals = repos.deals) {
    const view = await deals.findView(id);
    if (!view || !inScope(caller.access.read, view.deal)) throw new AppError("NOT_FOUND");
    return view;
  }

  async function current(caller: AuthContext, id: string, deals: DealRepository) {
    return toDeal(await visibleView(caller, id, deals));
  }

  /** Locks the deal, checks the caller may change it and that they edited the latest version. */
  async function lockForWrite(caller: AuthContext, tx: DealRepositories, id: string, version: number) {
    const row = await tx.deals.findForUpdate(id);
    if (!row || !inScope(caller.access.read, row)) throw new AppError("NOT_FOUND");
    if (!inScope(caller.access.write, row)) throw new AppError("FORBIDDEN");
    if (row.version !== version) {
      throw new AppError("VERSION_CONFLICT", { current: await current(caller, id, tx.deals) });
    }
    return row;
  }

  /** Owner, account and decision maker must exist and be within what the caller may use. */
  async function checkReferences(
    caller: AuthContext,
    tx: DealRepositories,
    input: { ownerId?: string; accountId?: string | null; decisionMakerId?: string | null },
    accountIdAfter: string | null,
  ) {
    let ownerTeamId: string | undefined;
    if (input.ownerId !== undefined) {
      const owner = await tx.directory.findUser(input.ownerId);
      if (!owner?.active || !owner.teamId) throw new AppError("INVALID_REFERENCE", { field: "ownerId" });
      if (!inScope(caller.access.write, { teamId: owner.teamId, ownerId: owner.id })) {
        throw new AppError("FORBIDDEN", { field: "ownerId" });
      }
      ownerTeamId = owner.teamId;
    }
    if (input.accountId) {
      const account = await tx.deals.findAccount(input.accountId);
      if (!account || !inScope(caller.access.read, account)) {
        throw new AppError("INVALID_REFERENCE", { field: "accountId" });
      }
    }
    if (input.decisionMakerId) {
      const contact = await tx.deals.findContact(input.decisionMakerId);
      if (!contact || contact.accountId !== accountIdAfter) {
        throw new AppError("INVALID_REFERENCE", { field: "decisionMakerId" });
      }
    }
    return ownerTeamId;
  }

  return {
    async list(caller: AuthContext, query: DealListQuery) {
      const { items, total } = await repos.deals.list(query, caller.access.read);
      return { items: items.map(toDeal), total, limit: query.limit, offset: query.offset };
    },

    async get(caller: AuthContext, id: string): Promise<DealDetail> {
      const deal = toDeal(await visibleView(caller, id));
      const [stageChanges, audits] = await Promise.all([
        repos.deals.stageHistory(id),
        repos.audit.listFor("deal", id),
      ]);
      const timeline: DealDetail["timeline"] = [
        ...stageChanges.map((s) => ({ ...s, at: s.at.toISOString(), kind: "stage" as const })),
        // Stage moves are shown from stage history, which also holds their evidence.
        ...audits
          .filter((a) => a.action !== "update" || !("stageId" in a.changes))
          .map((a) => ({
            at: a.at.toISOString(),
            kind: a.action === "create" ? ("create" as const) : ("field" as const),
            actorName: a.actorName,
            changes: a.changes,
          })),
      ].sort((a, b) => b.at.localeCompare(a.at));
      return { ...deal, timeline };
    },

    async create(caller: AuthContext, input: DealCreate): Promise<Deal> {
      return inTransaction(async (tx) => {
        const pipelines = await tx.directory.listPipelines();
        const pipeline = input.pipelineId
          ? pipelines.find((p) => p.id === input.pipelineId)
          : (pipelines.find((p) => p.isDefault) ?? pipelines[0]);
        if (!pipeline) throw new AppError("INVALID_REFERENCE", { field: "pipelineId" });
        const stage = input.stageId
          ? pipeline.stages.find((s) => s.id === input.stageId)
          : pipeline.stages.find((s) => s.kind === "open");
        if (!stage || stage.kind !== "open") throw new AppError("INVALID_REFERENCE", { field: "stageId" });
        const ownerId = input.ownerId ?? caller.userId;
        const teamId = await checkReferences(caller, tx, { ...input, ownerId }, input.accountId ?? null);
        const now = clock.now();
        const values = {
          ...input,
          ownerId,
          teamId: teamId as string,
          pipelineId: pipeline.id,
          stageId: stage.id,
          status: "open" as const,
          probability: input.probability ?? stage.probability,
          stageEnteredAt: now,
          createdAt: now,
          updatedAt: now,
        };
        const id = await tx.deals.insert(values);
        await tx.deals.insertStageChange({
          dealId: id,
          fromStageId: null,
          toStageId: stage.id,
          ownerId,
          teamId: values.teamId,
          changedBy: caller.userId,
          changedAt: now,
        });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "deal",
          entityId: id,
          action: "create",
          changes: diffRecords({} as Record<string, unknown>, values, auditedFields),
        });
        return current(caller, id, tx.deals);
      });
    },

    async update(caller: AuthContext, id: string, patch: DealPatch): Promise<Deal> {
      return inTransaction(async (tx) => {
        const { version, ...changes } = patch;
        const before = await lockForWrite(caller, tx, id, version);
        const accountIdAfter = changes.accountId !== undefined ? changes.accountId : before.accountId;
        const ownerTeamId = await checkReferences(
          caller,
          tx,
          {
            ownerId: changes.ownerId,
            accountId: changes.accountId,
            decisionMakerId: changes.decisionMakerId !== undefined ? changes.decisionMakerId : before.decisionMakerId,
          },
          accountIdAfter,
        );
        const after = {
          ...changes,
          ...(ownerTeamId ? { teamId: ownerTeamId } : {}),
          ...(changes.accountId !== undefined && changes.accountId !== before.accountId && !changes.decisionMakerId
            ? { decisionMakerId: null }
            : {}),
        };
        const fieldChanges = diffRecords(before, after, auditedFields);
        if (Object.keys(fieldChanges).length === 0) return current(caller, id, tx.deals);
        const pushed = isCloseDatePush(before.expectedCloseDate, changes.expectedCloseDate);
        await tx.deals.update(id, {
          ...after,
          closeDatePushes: before.closeDatePushes + (pushed ? 1 : 0),
          updatedAt: clock.now(),
          version: before.version + 1,
        });
        await tx.audit.record({ actorId: caller.userId, entity: "deal", entityId: id, action: "update", changes: fieldChanges });
        return current(caller, id, tx.deals);
      });
    },

    async moveStage(caller: AuthContext, id: string, move: StageMove): Promise<Deal> {
      return inTransaction(async (tx) => {
        const before = await lockForWrite(caller, tx, id, move.version);
        const target = await tx.directory.findStage(move.stageId);
        if (!target || target.pipelineId !== before.pipelineId) {
          throw new AppError("INVALID_REFERENCE", { field: "stageId" });
        }
        if (target.id === before.stageId) return current(caller, id, tx.deals);
        if (target.kind === "lost" && move.lostReason) {
          const org = await tx.directory.orgSettings();
          if (!org?.lostReasons.some((r) => r.key === move.lostReason)) {
            throw new AppError("INVALID_REFERENCE", { field: "lostReason" });
          }
        }
        const now = clock.now();
        const after = {
          stageId: target.id,
          status: target.kind,
          probability: target.probability,
          probabilityReason: null,
          lostReason: target.kind === "lost" ? (move.lostReason ?? before.lostReason) : null,
          closedAt: target.kind === "open" ? null : now,
        };
        await tx.deals.update(id, { ...after, stageEnteredAt: now, updatedAt: now, version: before.version + 1 });
        await tx.deals.insertStageChange({
          dealId: id,
          fromStageId: before.stageId,
          toStageId: target.id,
          ownerId: before.ownerId,
          teamId: before.teamId,
          changedBy: caller.userId,
          changedAt: now,
        });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "deal",
          entityId: id,
          action: "update",
          changes: diffRecords(before, after, auditedFields),
        });
        return current(caller, id, tx.deals);
      });
    },

    async board(caller: AuthContext, query: BoardQuery): Promise<Board> {
      const closedSince = startOfMonth(dateInZone(clock.now(), caller.timeZone));
      const { totals, cards } = await repos.deals.board(
        { ...query, closedSince },
        caller.access.read,
        CARDS_PER_COLUMN,
      );
      const pipeline = (await repos.directory.listPipelines()).find((p) => p.id === query.pipelineId);
      if (!pipeline) throw new AppError("NOT_FOUND");
      return {
        pipelineId: pipeline.id,
        closedSince,
        columns: pipeline.stages.map((stage) => {
          const total = totals.find((t) => t.stageId === stage.id);
          return {
            stageId: stage.id,
            count: total?.count ?? 0,
            amount: Number(total?.amount ?? 0),
            deals: cards.filter((c) => c.deal.stageId === stage.id).map(toDeal),
          };
        }),
      };
    },
  };
}
