// Delivering an alert by the channels each person chose: the row itself is the in-app channel; e-mail
// and Slack are one job each per alert, person and channel. The recipient's e-mail and Slack marks
// (emailed_at, posted_at) are set in the transaction of the send, so a retried or duplicated job
// never sends twice; the escalation's are one keyed job each, retried only when the send failed.

import type { Mailer } from "./alert-mailer";
import { emailOf, slackOf } from "./alert-messages";
import type { AlertRepository } from "./alerts.repository";
import type { Contact, NotificationPreferenceRepository } from "./notification-preferences.repository";

export type DeliveryJobData = {
  alertId: string;
  audience: "recipient" | "escalation";
  channel: "email" | "slack";
};
export const deliveryKeyOf = (d: DeliveryJobData) => `${d.alertId}:${d.audience}:${d.channel}`;

export type AlertDelivery = ReturnType<typeof createAlertDelivery>;
type Repos = { alerts: AlertRepository; prefs: NotificationPreferenceRepository };

const TIMEOUT_MS = 10_000;
/** How far back the sweep looks for alerts not delivered yet. */
const SWEEP_HOURS = 24;

export class AlertDeliveryFailed extends Error {}

async function postSlack(url: string, body: string) {
  let status: number;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Susumu-Alerts/1" },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.text().catch(() => "");
    status = response.status;
  } catch (error) {
    throw new AlertDeliveryFailed(`slack: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (status < 200 || status >= 300) throw new AlertDeliveryFailed(`slack: HTTP ${status}`);
}

export function createAlertDelivery(deps: {
  repos: Repos;
  inTransaction: <T>(work: (repos: Repos) => Promise<T>) => Promise<T>;
  mailer: Mailer | null;
  publicUrl: string;
  clock: { now: () => Date };
  log: (message: string) => void;
}) {
  const { repos, mailer } = deps;
  let toldNoSmtp = false;
  const wants = (contact: Contact | undefined, channel: "email" | "slack") => {
    if (!contact?.active) return false;
    if (channel === "slack") return contact.prefs.slack && contact.prefs.slackWebhookUrl !== null;
    if (contact.prefs.email && !mailer && !toldNoSmtp) {
      toldNoSmtp = true;
      deps.log("alerts: e-mail is chosen by some people, but SUSUMU_SMTP_URL is not set: no e-mail is sent");
    }
    return contact.prefs.email && mailer !== null;
  };

  async function send(contact: Contact, channel: "email" | "slack", message: Parameters<typeof emailOf>[0]) {
    if (channel === "email") {
      await (mailer as Mailer).send({ to: contact.email, ...emailOf(message) });
    } else {
      await postSlack(contact.prefs.slackWebhookUrl as string, slackOf(message));
    }
  }

  return {
    /** The e-mail and Slack jobs of newly raised (or escalated) alerts, by each person's channels. */
    async plan(
      items: { id: string; personId: string }[],
      audience: DeliveryJobData["audience"],
    ): Promise<DeliveryJobData[]> {
      if (items.length === 0) return [];
      const contacts = await repos.prefs.contacts([...new Set(items.map((i) => i.personId))]);
      return items.flatMap((item) =>
        (["email", "slack"] as const)
          .filter((channel) => wants(contacts.get(item.personId), channel))
          .map((channel) => ({ alertId: item.id, audience, channel })),
      );
    },

    /** Recipient deliveries of the last day not made yet (a crash between raising and sending). */
    async sweep(now: Date): Promise<DeliveryJobData[]> {
      const rows = await repos.alerts.undelivered(new Date(now.getTime() - SWEEP_HOURS * 3_600_000), 500);
      return rows.flatMap((r) => [
        ...(r.email && mailer
          ? [{ alertId: r.id, audience: "recipient" as const, channel: "email" as const }]
          : []),
        ...(r.slack ? [{ alertId: r.id, audience: "recipient" as const, channel: "slack" as const }] : []),
      ]);
    },

    /** Sends one delivery; throws when the send failed (the job is retried). */
    async deliver(job: DeliveryJobData) {
      const view = await repos.alerts.findView(job.alertId);
      // Acknowledged meanwhile: nobody needs telling any more.
      if (!view || view.alert.acknowledgedAt !== null) return;
      const { alert } = view;
      const personId = job.audience === "recipient" ? alert.recipientId : alert.escalatedTo;
      if (!personId) return;
      const contact = (await repos.prefs.contacts([personId])).get(personId);
      if (!contact || !wants(contact, job.channel)) return;
      const message = {
        alert,
        locale: contact.locale,
        publicUrl: deps.publicUrl,
        ...(job.audience === "escalation" ? { escalatedFrom: view.recipientName } : {}),
      };
      if (job.audience === "escalation") return send(contact, job.channel, message);
      await deps.inTransaction(async (tx) => {
        if (!(await tx.alerts.claimDelivery(alert.id, job.channel, deps.clock.now()))) return;
        await send(contact, job.channel, message);
      });
    },
  };
}
