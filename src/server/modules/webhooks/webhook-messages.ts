// The body a delivery sends: the JSON envelope, or a Slack incoming-webhook message in Japanese.
import type { Activity } from "../../../contract/activities";
import type { Deal } from "../../../contract/deals";
import type { OutboxPayload } from "./webhook-outbox.repository";

export type DeliveryContent = {
  id: number;
  event: string;
  occurredAt: string;
  payload: OutboxPayload;
};

export type MessageContext = {
  /** Where the web app is served, for links back to the record. */
  publicUrl: string;
  stageName: (id: string | undefined) => string | undefined;
};

export function jsonBody(delivery: DeliveryContent) {
  const { data, ...extra } = delivery.payload;
  return JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    occurredAt: delivery.occurredAt,
    data,
    ...extra,
  });
}

const activityKinds: Record<string, string> = {
  call: "電話",
  email: "メール",
  visit: "訪問",
  online_meeting: "オンライン商談",
  other: "その他の行動",
};

// Slack reads &, < and > as markup.
const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const yen = (amount: number | null) => (amount === null ? null : `¥${amount.toLocaleString("ja-JP")}`);
const parenthesised = (parts: (string | null | undefined)[]) => {
  const present = parts.filter(Boolean);
  return present.length > 0 ? `（${present.join("、")}）` : "";
};

function dealText(
  event: string,
  deal: Deal,
  link: string,
  context: MessageContext,
  previousStageId?: string,
) {
  const name = `<${link}|${slackEscape(deal.name)}>`;
  switch (event) {
    case "deal.created":
      return `新しい案件「${name}」が登録されました${parenthesised([slackEscape(deal.ownerName), yen(deal.amount)])}`;
    case "deal.won":
      return `案件「${name}」が受注になりました${parenthesised([yen(deal.amount)])}`;
    case "deal.lost":
      return `案件「${name}」が失注になりました${parenthesised([yen(deal.amount)])}`;
    case "deal.stage_changed": {
      const from = context.stageName(previousStageId) ?? "—";
      const to = context.stageName(deal.stageId) ?? "—";
      return `案件「${name}」のステージが「${slackEscape(from)}」から「${slackEscape(to)}」に変わりました`;
    }
    default:
      return `案件「${name}」が更新されました`;
  }
}

function activityText(activity: Activity, context: MessageContext) {
  const kind = activityKinds[activity.kind] ?? activityKinds.other;
  const subject = activity.subject ? `「${slackEscape(activity.subject)}」` : "";
  const deal =
    activity.dealId && activity.dealName
      ? `（案件「<${context.publicUrl}/deals/${activity.dealId}|${slackEscape(activity.dealName)}>」）`
      : "";
  return `${slackEscape(activity.ownerName)}さんが${kind}${subject}を記録しました${deal}`;
}

/** A Slack incoming-webhook message: `text` (also the notification) and the same as a block. */
export function slackBody(delivery: DeliveryContent, context: MessageContext) {
  const { event, payload } = delivery;
  let text: string;
  if (event.startsWith("deal.")) {
    const deal = payload.data as Deal;
    const link = `${context.publicUrl}/deals/${deal.id}`;
    text = dealText(event, deal, link, context, payload.previousStageId);
  } else if (event === "activity.logged") {
    text = activityText(payload.data as Activity, context);
  } else {
    text = "Susumu からのテスト通知です。この URL に通知が届きます。";
  }
  return JSON.stringify({
    text,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text } },
      { type: "context", elements: [{ type: "mrkdwn", text: `Susumu · ${event} · ${delivery.occurredAt}` }] },
    ],
  });
}
