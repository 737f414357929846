// An alert as an e-mail and as a Slack-compatible incoming-webhook message ({text, blocks}, the shape
// of the Slack webhooks in modules/webhooks), in the language of the person told.
import type { AlertRow } from "./alerts.repository";

export type MessageFor = {
  alert: Pick<AlertRow, "title" | "titleEn" | "message" | "messageEn" | "link" | "day">;
  locale: "ja" | "en";
  /** Set when the person is told as the recipient's manager. */
  escalatedFrom?: string;
  publicUrl: string;
};

function parts({ alert, locale, escalatedFrom }: MessageFor) {
  const en = locale === "en";
  const title = en ? alert.titleEn : alert.title;
  const message = en ? alert.messageEn : alert.message;
  const prefix =
    escalatedFrom === undefined
      ? ""
      : en
        ? `[Escalated from ${escalatedFrom}] `
        : `【${escalatedFrom}さん未確認のため転送】`;
  return { title: `${prefix}${title}`, message };
}

export function emailOf(input: MessageFor) {
  const { title, message } = parts(input);
  const url = `${input.publicUrl}${input.alert.link}`;
  const footer =
    input.locale === "en"
      ? "Open it in Susumu to acknowledge it. Change your channels under your notification settings."
      : "Susumu で開いて確認してください。通知の受け取り方は通知設定で変更できます。";
  return { subject: `[Susumu] ${title}`, text: `${title}\n\n${message}\n\n${url}\n\n--\n${footer}\n` };
}

// Slack reads &, < and > as markup.
const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackOf(input: MessageFor) {
  const { title, message } = parts(input);
  const url = `${input.publicUrl}${input.alert.link}`;
  const text = `<${url}|${slackEscape(title)}>\n${slackEscape(message)}`;
  return JSON.stringify({
    text,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text } },
      { type: "context", elements: [{ type: "mrkdwn", text: `Susumu · alert · ${input.alert.day}` }] },
    ],
  });
}
