// Alerts: raised once per rule, subject and day (the unique index decides, so that two instances or a
// retried job raise each one once), read in each person's inbox, acknowledged, escalated once.
import { and, desc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../../db/client";
import { alertRules, alerts, users } from "../../../db/schema";

export type AlertRepository = ReturnType<typeof createAlertRepository>;
export type AlertRow = typeof alerts.$inferSelect;
export type AlertInsert = typeof alerts.$inferInsert;
export type AlertStatus = "open" | "acknowledged" | "all";

const recipients = alias(users, "recipient");
const acknowledgers = alias(users, "acknowledger");
const escalatees = alias(users, "escalatee");
/** Rows per insert statement. */
const CHUNK = 1_000;

const mine = (userId: string) => or(eq(alerts.recipientId, userId), eq(alerts.escalatedTo, userId)) as SQL;
const statusCondition = (status: AlertStatus) =>
  status === "open"
    ? isNull(alerts.acknowledgedAt)
    : status === "acknowledged"
      ? isNotNull(alerts.acknowledgedAt)
      : undefined;

export function createAlertRepository(db: Executor) {
  const selectView = () =>
    db
      .select({
        alert: alerts,
        kind: alertRules.kind,
        recipientName: recipients.name,
        acknowledgedByName: acknowledgers.name,
        escalatedToName: escalatees.name,
      })
      .from(alerts)
      .innerJoin(alertRules, eq(alertRules.id, alerts.ruleId))
      .innerJoin(recipients, eq(recipients.id, alerts.recipientId))
      .leftJoin(acknowledgers, eq(acknowledgers.id, alerts.acknowledgedBy))
      .leftJoin(escalatees, eq(escalatees.id, alerts.escalatedTo));

  return {
    /** Inserts the alerts not raised yet today and returns those it inserted. */
    async insertNew(rows: AlertInsert[]) {
      const inserted: { id: string; recipientId: string }[] = [];
      for (let i = 0; i < rows.length; i += CHUNK) {
        inserted.push(
          ...(await db
            .insert(alerts)
            .values(rows.slice(i, i + CHUNK))
            .onConflictDoNothing({ target: [alerts.ruleId, alerts.subjectKey, alerts.day] })
            .returning({ id: alerts.id, recipientId: alerts.recipientId })),
        );
      }
      return inserted;
    },

    /** The subjects a rule has already raised an alert for on a day. */
    async subjectsOf(ruleId: string, day: string) {
      const rows = await db
        .select({ subjectKey: alerts.subjectKey })
        .from(alerts)
        .where(and(eq(alerts.ruleId, ruleId), eq(alerts.day, day)));
      return new Set(rows.map((r) => r.subjectKey));
    },

    /** A person's alerts (received or escalated to them), newest first. */
    async page(userId: string, query: { status: AlertStatus; limit: number; offset: number }) {
      const where = and(mine(userId), statusCondition(query.status));
      const [items, [count]] = await Promise.all([
        selectView()
          .where(where)
          .orderBy(desc(alerts.createdAt), desc(alerts.id))
          .limit(query.limit)
          .offset(query.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(alerts).where(where),
      ]);
      return { items, total: count?.total ?? 0 };
    },

    async unreadCount(userId: string) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(alerts)
        .where(and(mine(userId), isNull(alerts.readAt)));
      return row?.n ?? 0;
    },

    async findView(id: string) {
      const [row] = await selectView().where(eq(alerts.id, id));
      return row;
    },

    /** Acknowledges (and reads) one of the person's alerts; a second time keeps the first. */
    async acknowledge(id: string, userId: string, now: Date) {
      const [row] = await db
        .update(alerts)
        .set({
          acknowledgedAt: sql`coalesce(${alerts.acknowledgedAt}, ${now})`,
          acknowledgedBy: sql`coalesce(${alerts.acknowledgedBy}, ${userId}::uuid)`,
          readAt: sql`coalesce(${alerts.readAt}, ${now})`,
        })
        .where(and(eq(alerts.id, id), mine(userId)))
        .returning({ id: alerts.id });
      return row !== undefined;
    },

    /** Marks some (or all) of the person's alerts read. */
    async markRead(userId: string, ids: string[] | undefined, now: Date) {
      await db
        .update(alerts)
        .set({ readAt: now })
        .where(and(mine(userId), isNull(alerts.readAt), ids ? inArray(alerts.id, ids) : undefined));
    },

    /** Unacknowledged, unescalated alerts of active rules past their rule's delay (raised within the
     *  last 30 days). */
    dueForEscalation(now: Date, limit: number) {
      return db
        .select({
          id: alerts.id,
          recipientId: alerts.recipientId,
          recipientTeamId: recipients.teamId,
        })
        .from(alerts)
        .innerJoin(alertRules, eq(alertRules.id, alerts.ruleId))
        .innerJoin(recipients, eq(recipients.id, alerts.recipientId))
        .where(
          and(
            isNull(alerts.acknowledgedAt),
            isNull(alerts.escalatedAt),
            eq(alertRules.active, true),
            isNotNull(alertRules.escalateAfterHours),
            sql`${alerts.createdAt} <= ${now}::timestamptz - make_interval(hours => ${alertRules.escalateAfterHours})`,
            sql`${alerts.createdAt} > ${now}::timestamptz - interval '30 days'`,
          ),
        )
        .limit(limit);
    },

    /** Escalates each alert to its manager unless someone did first; returns those it escalated. */
    async escalate(pairs: { id: string; to: string }[], now: Date) {
      if (pairs.length === 0) return [];
      const values = sql.join(
        pairs.map((p) => sql`(${p.id}::uuid, ${p.to}::uuid)`),
        sql`, `,
      );
      const result = await db.execute<{ id: string; escalated_to: string }>(sql`
        update ${alerts} set escalated_at = ${now}, escalated_to = v.escalated_to
        from (values ${values}) as v(id, escalated_to)
        where ${alerts.id} = v.id and ${alerts.escalatedAt} is null and ${alerts.acknowledgedAt} is null
        returning ${alerts.id} as id, v.escalated_to as escalated_to`);
      return result.rows.map((r) => ({ id: r.id, escalatedTo: r.escalated_to }));
    },

    /**
     * Claims the recipient's e-mail or Slack delivery of an alert: sets its mark if unset and returns
     * true. Called in the transaction of the send, so that a failed send leaves it unset (and the
     * row locked meanwhile: a duplicate job waits, then finds it set).
     */
    async claimDelivery(id: string, channel: "email" | "slack", now: Date) {
      const column = channel === "email" ? alerts.emailedAt : alerts.postedAt;
      const [row] = await db
        .update(alerts)
        .set(channel === "email" ? { emailedAt: now } : { postedAt: now })
        .where(and(eq(alerts.id, id), isNull(column)))
        .returning({ id: alerts.id });
      return row !== undefined;
    },

    /** Recent alerts whose recipient wants e-mail or Slack and that were not delivered so. */
    async undelivered(since: Date, limit: number) {
      const result = await db.execute<{ id: string; email: boolean; slack: boolean }>(sql`
        select a.id, (p.email and a.emailed_at is null) as email,
               (p.slack and p.slack_webhook_url is not null and a.posted_at is null) as slack
        from alerts a join notification_preferences p on p.user_id = a.recipient_id
        where a.created_at > ${since} and a.acknowledged_at is null
          and ((p.email and a.emailed_at is null)
            or (p.slack and p.slack_webhook_url is not null and a.posted_at is null))
        order by a.created_at limit ${limit}`);
      return result.rows;
    },
  };
}
