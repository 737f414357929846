// Deal use cases: list, detail, create, edit with optimistic concurrency, stage moves, board.
import {
  type Board,
  type BoardQuery,
  type Deal,
  type DealCreate,
  type DealDetail,
  type DealListQuery,
  type DealPatch,
  deal as dealSchema,
  type StageMoveRequest,
} from "../../../contract/deals";
import type { Language } from "../../../contract/errors";
import type { WebhookEvent } from "../../../contract/webhooks";
import { dateInZone, startOfMonth } from "../../../domain/calendar";
import { inScope } from "../../../domain/scope";
import { stalenessOf } from "../../../domain/stale";
import { AppError } from "../../errors";
import type { AuthContext, Clock } from "../auth/auth.service";
import { recordScopeOf, resolveScope } from "../metrics/resolve-scope";
import { asReturned } from "../webhooks/webhook-outbox.repository";
import {
  checkReferences,
  type DealRepositories,
  editFields,
  firstStageOf,
  insertDeal,
  lockForWrite,
  passStageGate,
  saveDeal,
} from "./deal-writes";
import type { DayContext, DealRepository, DealView } from "./deals.repository";

export type { DealRepositories };
export type DealService = ReturnType<typeof createDealService>;

const CARDS_PER_COLUMN = 100;

/** A stage move is announced as such, and a close also as won or lost. */
const stageEvents = (status: string | undefined): WebhookEvent[] =>
  status === "won"
    ? ["deal.stage_changed", "deal.won"]
    : status === "lost"
      ? ["deal.stage_changed", "deal.lost"]
      : ["deal.stage_changed"];

export function toDeal(view: DealView, day: DayContext): Deal {
  const { deal } = view;
  const stale = stalenessOf({
    status: deal.status,
    updatedOn: view.updatedOn,
    nextMeetingDate: deal.nextMeetingDate,
    staleDays: view.staleDays,
    hasScheduledActivity: view.scheduledAhead,
    today: day.today,
  });
  return {
    ...deal,
    stale,
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

  function dayOf(caller: AuthContext): DayContext {
    const now = clock.now();
    return { now, today: dateInZone(now, caller.timeZone), timeZone: caller.timeZone };
  }

  /** The deal as the caller may see it; another team's deal is "not found", not "forbidden". */
  async function visibleDeal(caller: AuthContext, id: string, deals = repos.deals) {
    const day = dayOf(caller);
    const view = await deals.findView(id, day);
    if (!view || !inScope(caller.access.read, view.deal)) throw new AppError("NOT_FOUND");
    return toDeal(view, day);
  }

  const current = (caller: AuthContext, id: string, deals: DealRepository) => visibleDeal(caller, id, deals);

  /** The deal after the write, and its webhook deliveries in the same transaction. */
  async function announce(
    caller: AuthContext,
    tx: DealRepositories,
    id: string,
    events: WebhookEvent[],
    previousStageId?: string,
  ) {
    const deal = await current(caller, id, tx.deals);
    const data = asReturned(dealSchema.shape, deal);
    await tx.outbox.record(events, previousStageId ? { data, previousStageId } : { data });
    return deal;
  }

  return {
    async list(caller: AuthContext, query: DealListQuery) {
      const day = dayOf(caller);
      const within = query.scope
        ? recordScopeOf((await resolveScope(repos.directory, caller, query.scope)).filter)
        : undefined;
      const { items, total } = await repos.deals.list(query, caller.access.read, day, within);
      return {
        items: items.map((view) => toDeal(view, day)),
        total,
        limit: query.limit,
        offset: query.offset,
      };
    },

    async get(caller: AuthContext, id: string): Promise<DealDetail> {
      const deal = await visibleDeal(caller, id);
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
        const { pipeline, stage } = await firstStageOf(tx, input.pipelineId, input.stageId);
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
        const id = await insertDeal(tx, values, caller.userId);
        return announce(caller, tx, id, ["deal.created"]);
      });
    },

    async update(caller: AuthContext, id: string, patch: DealPatch, lang: Language): Promise<Deal> {
      return inTransaction(async (tx) => {
        const { version, stageId, ...edits } = patch;
        const before = await lockForWrite(caller, tx, id, version, () => current(caller, id, tx.deals));
        const now = clock.now();
        let after = await editFields(caller, tx, before, edits);
        const movesStage = stageId !== undefined && stageId !== before.stageId;
        if (movesStage) {
          // A stage change by PATCH passes the same gate, with the edits of the same request applied.
          const move = { stageId, version, conditions: [], evidence: {} };
          const gate = await passStageGate(caller, tx, { ...before, ...after }, move, lang, now);
          after = { ...after, ...gate.values };
          await tx.deals.insertStageChange(gate.history);
        }
        if (!(await saveDeal(caller, tx, before, after, now))) return current(caller, id, tx.deals);
        return movesStage
          ? announce(caller, tx, id, ["deal.updated", ...stageEvents(after.status)], before.stageId)
          : announce(caller, tx, id, ["deal.updated"]);
      });
    },

    async moveStage(caller: AuthContext, id: string, move: StageMoveRequest, lang: Language): Promise<Deal> {
      return inTransaction(async (tx) => {
        const before = await lockForWrite(caller, tx, id, move.version, () => current(caller, id, tx.deals));
        if (move.stageId === before.stageId) return current(caller, id, tx.deals);
        const now = clock.now();
        const edits = await editFields(caller, tx, before, move.fields ?? {});
        const gate = await passStageGate(caller, tx, { ...before, ...edits }, move, lang, now);
        await saveDeal(caller, tx, before, { ...edits, ...gate.values }, now);
        await tx.deals.insertStageChange(gate.history);
        return announce(caller, tx, id, stageEvents(gate.values.status), before.stageId);
      });
    },

    async board(caller: AuthContext, query: BoardQuery): Promise<Board> {
      const day = dayOf(caller);
      const closedSince = startOfMonth(day.today);
      const { totals, cards } = await repos.deals.board(
        { ...query, closedSince },
        caller.access.read,
        CARDS_PER_COLUMN,
        day,
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
            deals: cards.filter((c) => c.deal.stageId === stage.id).map((c) => toDeal(c, day)),
          };
        }),
      };
    },
  };
}
