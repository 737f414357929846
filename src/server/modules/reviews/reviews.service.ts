// Review sheet use cases: open (create prefilled, or answer the existing sheet), list, read, write
// the notes, lock once the meeting is over, re-take the figures while unlocked, comment.
import type { Language } from "../../../contract/errors";
import {
  notesByKind,
  type Review,
  type ReviewCreate,
  type ReviewListQuery,
  type ReviewNotes,
} from "../../../contract/reviews";
import { dateInZone } from "../../../domain/calendar";
import type { FieldChanges } from "../../../domain/record-diff";
import { periodKindOf } from "../../../domain/reviews/review-rules";
import { formatScope, parseScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { KpiRepository } from "../kpis/kpis.repository";
import type { MetricsService } from "../metrics/metrics.service";
import type { TaskRepository } from "../tasks/tasks.repository";
import { accessOf, ownerTeamOf, requireAccess } from "./review-access";
import { type ReviewReads, reviewDetail } from "./review-detail";
import type { ReviewFiguresSource } from "./review-figures";
import { scopeNamer, toComment, toSummary } from "./review-views";
import type { ReviewRow } from "./reviews.repository";

export type ReviewRepos = ReviewReads & {
  tasks: TaskRepository;
  audit: AuditRepository;
  kpis: KpiRepository;
};
export type ReviewService = ReturnType<typeof createReviewService>;

export function createReviewService(deps: {
  repos: ReviewRepos;
  inTransaction: <T>(work: (repos: ReviewRepos) => Promise<T>) => Promise<T>;
  figures: ReviewFiguresSource;
  metrics: Pick<MetricsService, "resolvePeriod" | "resolveScope">;
  clock: Clock;
}) {
  const { repos, inTransaction, figures, metrics, clock } = deps;
  const todayOf = (caller: AuthContext) => dateInZone(clock.now(), caller.timeZone);
  const detail = (caller: AuthContext, id: string, lang: Language, tx: ReviewReads = repos) =>
    reviewDetail(tx, caller, id, lang, todayOf(caller));

  /** A sheet to change, locked for the transaction: readable (404), writable (403). */
  async function sheetForUpdate(tx: ReviewRepos, caller: AuthContext, id: string) {
    const before = await tx.reviews.findForUpdate(id);
    const access = await requireAccess(tx.directory, caller, before, "write");
    return { row: before as ReviewRow, access };
  }

  /** Unlocked (423) and of the version the caller read (409 with the current sheet). */
  async function checkOpen(
    tx: ReviewRepos,
    caller: AuthContext,
    row: ReviewRow,
    version: number,
    lang: Language,
  ) {
    if (row.lockedAt) throw new AppError("REVIEW_LOCKED");
    if (row.version !== version) {
      throw new AppError("VERSION_CONFLICT", { current: await detail(caller, row.id, lang, tx) });
    }
  }

  async function audit(tx: ReviewRepos, caller: AuthContext, id: string, changes: FieldChanges) {
    await tx.audit.record({
      actorId: caller.userId,
      entity: "review",
      entityId: id,
      action: "update",
      changes,
    });
  }

  return {
    /** The sheet of a kind, scope and period: made and prefilled now (`created`), or the one there is. */
    async open(caller: AuthContext, input: ReviewCreate, lang: Language) {
      const { period } = await metrics.resolvePeriod(caller, input.period);
      const expected = periodKindOf[input.kind];
      if (period.kind !== expected) {
        throw new AppError("REVIEW_PERIOD_INVALID", { field: "period", kind: input.kind, expected });
      }
      const scope = formatScope(parseScope(input.scope));
      const sheet = { kind: input.kind, scope };
      const existing = await repos.reviews.findSheet(input.kind, scope, period.start);
      if (existing) return { created: false, review: await detail(caller, existing, lang) };
      // Another team's scope answers as the dashboard does (403; an unknown person 404).
      await metrics.resolveScope(caller, scope);
      const access = await accessOf(repos.directory, caller, sheet);
      if (!access.writable) throw new AppError("FORBIDDEN");
      const taken = await figures.figuresOf(input.kind, { caller, scope, period, lang });
      const target = access.target;
      return inTransaction(async (tx) => {
        const now = clock.now();
        const values = {
          ...sheet,
          teamId: target.kind === "team" ? target.id : (access.person?.teamId ?? null),
          ownerId: target.kind === "user" ? target.id : null,
          periodLabel: period.label,
          periodStart: period.start,
          periodEnd: period.end,
          figures: taken,
          figuresAt: now,
          notes: {},
          createdBy: caller.userId,
          createdAt: now,
          updatedAt: now,
        };
        const { id, created } = await tx.reviews.insertOnce(values);
        if (created) {
          await tx.audit.record({
            actorId: caller.userId,
            entity: "review",
            entityId: id,
            action: "create",
            changes: {
              kind: { before: null, after: values.kind },
              scope: { before: null, after: scope },
              period: { before: null, after: period.label },
            },
          });
        }
        return { created, review: await detail(caller, id, lang, tx) };
      });
    },

    async list(caller: AuthContext, query: ReviewListQuery, lang: Language) {
      const scope = query.scope
        ? formatScope((await metrics.resolveScope(caller, query.scope)).target)
        : undefined;
      const [{ items, total }, nameOf] = await Promise.all([
        repos.reviews.list({ ...query, scope }, caller.access.read),
        scopeNamer(repos.directory, lang),
      ]);
      return {
        items: items.map((i) => toSummary(i.review, nameOf(i.review.scope), i)),
        total,
        limit: query.limit,
        offset: query.offset,
      };
    },

    get: (caller: AuthContext, id: string, lang: Language): Promise<Review> => detail(caller, id, lang),

    /** The parts given replace the stored ones; they must be parts of the sheet's own kind. */
    async updateNotes(
      caller: AuthContext,
      id: string,
      patch: { version: number; notes: ReviewNotes },
      lang: Language,
    ) {
      return inTransaction(async (tx) => {
        const { row, access } = await sheetForUpdate(tx, caller, id);
        const parsed = notesByKind[row.kind].safeParse(patch.notes);
        if (!parsed.success) {
          const issues = parsed.error.issues.map((i) => ({
            path: ["body", "notes", ...i.path.map(String)].join("."),
            message: i.message,
          }));
          throw new AppError("VALIDATION_FAILED", { issues, kind: row.kind });
        }
        const given = parsed.data as Record<string, unknown>;
        // A word on each person of the scope, not on anyone else.
        for (const { userId } of (given.evaluations ?? []) as { userId: string }[]) {
          try {
            await ownerTeamOf(tx.directory, caller, access.target, userId);
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            throw new AppError("INVALID_REFERENCE", { field: "notes.evaluations", userId });
          }
        }
        await checkOpen(tx, caller, row, patch.version, lang);
        const old = row.notes as Record<string, unknown>;
        const notes = { ...old, ...given };
        const changes: FieldChanges = {};
        for (const key of Object.keys(given)) {
          if (JSON.stringify(old[key] ?? null) !== JSON.stringify(notes[key] ?? null)) {
            changes[`notes.${key}`] = { before: old[key] ?? null, after: notes[key] ?? null };
          }
        }
        if (Object.keys(changes).length > 0) {
          await tx.reviews.update(id, { notes, updatedAt: clock.now(), version: row.version + 1 });
          await audit(tx, caller, id, changes);
        }
        return detail(caller, id, lang, tx);
      });
    },

    /** The meeting is over: what was decided stays as it was (follow-ups and comments go on). */
    async lock(caller: AuthContext, id: string, version: number, lang: Language) {
      return inTransaction(async (tx) => {
        const { row } = await sheetForUpdate(tx, caller, id);
        await checkOpen(tx, caller, row, version, lang);
        const now = clock.now();
        await tx.reviews.update(id, {
          lockedAt: now,
          lockedBy: caller.userId,
          updatedAt: now,
          version: row.version + 1,
        });
        await audit(tx, caller, id, { lockedAt: { before: null, after: now.toISOString() } });
        return detail(caller, id, lang, tx);
      });
    },

    /** Re-takes the figures from the metric engine, as they are now. */
    async refresh(caller: AuthContext, id: string, version: number, lang: Language) {
      const found = await repos.reviews.find(id);
      await requireAccess(repos.directory, caller, found?.review, "write");
      const row = (found as NonNullable<typeof found>).review;
      // Said before the figures are taken, and again in the transaction that writes them.
      await checkOpen(repos, caller, row, version, lang);
      const period = (await metrics.resolvePeriod(caller, row.periodLabel)).period;
      const taken = await figures.figuresOf(row.kind, { caller, scope: row.scope, period, lang });
      return inTransaction(async (tx) => {
        const { row: before } = await sheetForUpdate(tx, caller, id);
        await checkOpen(tx, caller, before, version, lang);
        const now = clock.now();
        await tx.reviews.update(id, {
          figures: taken,
          figuresAt: now,
          updatedAt: now,
          version: before.version + 1,
        });
        await audit(tx, caller, id, {
          figuresAt: { before: before.figuresAt.toISOString(), after: now.toISOString() },
        });
        return detail(caller, id, lang, tx);
      });
    },

    /** Anyone who may read a sheet may comment on it, locked or not. */
    async comment(caller: AuthContext, id: string, body: string) {
      return inTransaction(async (tx) => {
        await requireAccess(tx.directory, caller, (await tx.reviews.find(id))?.review, "read");
        const commentId = await tx.reviews.insertComment({
          reviewId: id,
          authorId: caller.userId,
          body,
          // created_at from the transaction's time (the column default), so that comments keep their order.
        });
        await tx.audit.record({
          actorId: caller.userId,
          entity: "review_comment",
          entityId: commentId,
          action: "create",
          changes: { reviewId: { before: null, after: id }, body: { before: null, after: body } },
        });
        const comments = await tx.reviews.commentsOf(id);
        return toComment(comments.find((c) => c.comment.id === commentId) as (typeof comments)[number]);
      });
    },
  };
}
