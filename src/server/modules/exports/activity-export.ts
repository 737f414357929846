// The activity list and the leads in a file.
import type { Language } from "../../../contract/errors";
import type { ActivityRepository } from "../activities/activities.repository";
import type { LeadView } from "../leads/leads.repository";
import {
  activityKindLabels,
  channelLabels,
  column,
  labelOf,
  leadStatusLabels,
  outcomeLabels,
} from "./export-labels";
import type { ExportRow } from "./table-export";

type ActivityListRow = Awaited<ReturnType<ActivityRepository["list"]>>["items"][number];

export const activityColumns = [
  column("occurredAt", "日時", "When", "datetime"),
  column("kind", "種別", "Type"),
  column("outcome", "結果", "Outcome"),
  column("subject", "件名", "Subject"),
  column("owner", "担当者", "Owner"),
  column("deal", "案件", "Deal"),
  column("account", "取引先", "Account"),
  column("durationSec", "所要時間（秒）", "Duration (seconds)", "number"),
  column("note", "メモ", "Note"),
  column("id", "ID", "ID"),
];

export function activityRow(row: ActivityListRow, lang: Language): ExportRow {
  const { activity } = row;
  return {
    occurredAt: activity.occurredAt,
    kind: labelOf(activityKindLabels, activity.kind, lang),
    outcome: labelOf(outcomeLabels, activity.outcome, lang),
    subject: activity.subject,
    owner: row.ownerName,
    deal: row.dealName,
    account: row.accountName,
    durationSec: activity.durationSec,
    note: activity.note,
    id: activity.id,
  };
}

export const leadColumns = [
  column("createdAt", "作成日時", "Created", "datetime"),
  column("companyName", "会社名", "Company"),
  column("contactName", "氏名", "Contact"),
  column("email", "メールアドレス", "Email"),
  column("phone", "電話番号", "Phone"),
  column("channel", "流入経路", "Channel"),
  column("status", "状況", "Status"),
  column("owner", "担当者", "Owner"),
  column("account", "取引先", "Account"),
  column("firstResponseAt", "初回対応日時", "First response", "datetime"),
  column("responseMinutes", "対応時間（営業時間・分）", "Response (business minutes)", "number"),
  column("slaBreached", "SLA超過", "SLA breached"),
  column("disqualifiedReason", "対象外の理由", "Disqualified because"),
  column("bantBudget", "予算 (Budget)", "Budget"),
  column("bantAuthority", "決裁権 (Authority)", "Authority"),
  column("bantNeed", "必要性 (Need)", "Need"),
  column("bantTiming", "導入時期 (Timing)", "Timing"),
  column("id", "ID", "ID"),
];

export function leadRow({ lead, ownerName, accountName, slaBreached }: LeadView, lang: Language): ExportRow {
  return {
    createdAt: lead.createdAt,
    companyName: lead.companyName,
    contactName: lead.contactName,
    email: lead.email,
    phone: lead.phone,
    channel: labelOf(channelLabels, lead.channel, lang),
    status: labelOf(leadStatusLabels, lead.status, lang),
    owner: ownerName,
    account: accountName,
    firstResponseAt: lead.firstResponseAt,
    responseMinutes: lead.responseMinutes,
    slaBreached: slaBreached ? (lang === "ja" ? "超過" : "Breached") : "",
    disqualifiedReason: lead.disqualifiedReason,
    bantBudget: lead.bantBudget,
    bantAuthority: lead.bantAuthority,
    bantNeed: lead.bantNeed,
    bantTiming: lead.bantTiming,
    id: lead.id,
  };
}
