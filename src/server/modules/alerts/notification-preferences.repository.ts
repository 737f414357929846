// Each person's alert channels, and what a delivery needs to know of a person.
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { notificationPreferences, users } from "../../../db/schema";

export type NotificationPreferenceRepository = ReturnType<typeof createNotificationPreferenceRepository>;
export type Preferences = { inApp: boolean; email: boolean; slack: boolean; slackWebhookUrl: string | null };

/** A person who never chose: in-app only. */
export const defaultPreferences: Preferences = {
  inApp: true,
  email: false,
  slack: false,
  slackWebhookUrl: null,
};

export function createNotificationPreferenceRepository(db: Executor) {
  return {
    async find(userId: string): Promise<Preferences> {
      const [row] = await db
        .select()
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId));
      return row
        ? { inApp: row.inApp, email: row.email, slack: row.slack, slackWebhookUrl: row.slackWebhookUrl }
        : defaultPreferences;
    },

    async save(userId: string, prefs: Preferences, now: Date) {
      await db
        .insert(notificationPreferences)
        .values({ userId, ...prefs, updatedAt: now })
        .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...prefs, updatedAt: now } });
    },

    /** People as a delivery addresses them, with their channels. */
    async contacts(userIds: string[]) {
      if (userIds.length === 0) return new Map<string, Contact>();
      const rows = await db
        .select({
          id: users.id,
          name: users.name,
          nameEn: users.nameEn,
          email: users.email,
          locale: users.locale,
          active: users.active,
          prefs: notificationPreferences,
        })
        .from(users)
        .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
        .where(inArray(users.id, userIds));
      return new Map(
        rows.map((r): [string, Contact] => [
          r.id,
          {
            id: r.id,
            name: r.name,
            nameEn: r.nameEn,
            email: r.email,
            locale: r.locale,
            active: r.active,
            prefs: r.prefs
              ? {
                  inApp: r.prefs.inApp,
                  email: r.prefs.email,
                  slack: r.prefs.slack,
                  slackWebhookUrl: r.prefs.slackWebhookUrl,
                }
              : defaultPreferences,
          },
        ]),
      );
    },
  };
}

export type Contact = {
  id: string;
  name: string;
  nameEn: string | null;
  email: string;
  locale: "ja" | "en";
  active: boolean;
  prefs: Preferences;
};
