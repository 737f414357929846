// A person's alerts: the inbox (received, or escalated to them as the manager), the bell's unread
// count, acknowledging and reading; and the channels they want alerts by.
import type { Alert, AlertListQuery, AlertPage, NotificationPreferences } from "../../../contract/alerts";
import { AppError } from "../../errors";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { AlertRepository } from "./alerts.repository";
import type { NotificationPreferenceRepository } from "./notification-preferences.repository";

export type AlertService = ReturnType<typeof createAlertService>;
type AlertView = NonNullable<Awaited<ReturnType<AlertRepository["findView"]>>>;

const toAlert = (view: AlertView, userId: string): Alert => {
  const a = view.alert;
  return {
    id: a.id,
    ruleId: a.ruleId,
    kind: view.kind,
    subjectKey: a.subjectKey,
    day: a.day,
    recipient: { id: a.recipientId, name: view.recipientName },
    teamId: a.teamId,
    title: a.title,
    titleEn: a.titleEn,
    message: a.message,
    messageEn: a.messageEn,
    link: a.link,
    facts: a.facts,
    role: a.recipientId === userId ? "recipient" : "escalated",
    readAt: a.readAt?.toISOString() ?? null,
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: a.acknowledgedBy ? { id: a.acknowledgedBy, name: view.acknowledgedByName ?? "" } : null,
    escalatedAt: a.escalatedAt?.toISOString() ?? null,
    escalatedTo: a.escalatedTo ? { id: a.escalatedTo, name: view.escalatedToName ?? "" } : null,
    createdAt: a.createdAt.toISOString(),
  };
};

export function createAlertService(deps: {
  alerts: AlertRepository;
  prefs: NotificationPreferenceRepository;
  clock: Clock;
}) {
  const { alerts, prefs, clock } = deps;

  /** The bell's count; a person who turned in-app off is not counted at. */
  async function unreadCount(userId: string) {
    return (await prefs.find(userId)).inApp ? alerts.unreadCount(userId) : 0;
  }

  return {
    async list(caller: AuthContext, query: AlertListQuery): Promise<AlertPage> {
      const [page, unread] = await Promise.all([
        alerts.page(caller.userId, query),
        unreadCount(caller.userId),
      ]);
      return {
        items: page.items.map((v) => toAlert(v, caller.userId)),
        total: page.total,
        limit: query.limit,
        offset: query.offset,
        unreadCount: unread,
      };
    },

    async acknowledge(caller: AuthContext, id: string) {
      if (!(await alerts.acknowledge(id, caller.userId, clock.now()))) throw new AppError("NOT_FOUND");
      return toAlert((await alerts.findView(id)) as AlertView, caller.userId);
    },

    async markRead(caller: AuthContext, ids: string[] | undefined) {
      await alerts.markRead(caller.userId, ids, clock.now());
      return { unreadCount: await unreadCount(caller.userId) };
    },

    preferences: (caller: AuthContext): Promise<NotificationPreferences> => prefs.find(caller.userId),

    async savePreferences(caller: AuthContext, input: NotificationPreferences) {
      await prefs.save(caller.userId, input, clock.now());
      return prefs.find(caller.userId);
    },
  };
}
