// What each kind of import can fill: the target fields, their type, whether a row needs them, and
// their names in the product's own template (ja) and in English.

export const importKinds = ["deals", "accounts", "contacts", "activities", "leads", "stageHistory"] as const;
export type ImportKind = (typeof importKinds)[number];

export type FieldType = "text" | "money" | "integer" | "date" | "datetime" | "boolean";
export type ImportField = {
  key: string;
  type: FieldType;
  required?: boolean;
  ja: string;
  en: string;
  /** Longest text kept; longer is an error, not a silent cut. */
  max?: number;
};

const f = (key: string, type: FieldType, ja: string, en: string, extra: Partial<ImportField> = {}) => ({
  key,
  type,
  ja,
  en,
  ...(type === "text" ? { max: 500 } : {}),
  ...extra,
});
const req = { required: true };

const externalId = f("externalId", "text", "外部ID", "External ID", { ...req, max: 200 });
const owner = f("owner", "text", "担当者", "Owner");
const bant = [
  f("bantBudget", "text", "BANT 予算", "BANT budget"),
  f("bantAuthority", "text", "BANT 決裁者", "BANT authority"),
  f("bantNeed", "text", "BANT ニーズ", "BANT need"),
  f("bantTiming", "text", "BANT 導入時期", "BANT timing"),
];

export const importFields: Record<ImportKind, ImportField[]> = {
  deals: [
    externalId,
    f("name", "text", "案件名", "Deal name", req),
    f("stage", "text", "ステージ", "Stage", req),
    f("isClosed", "boolean", "完了", "Closed"),
    f("isWon", "boolean", "受注", "Won"),
    f("amount", "money", "金額", "Amount"),
    f("probability", "integer", "受注確度", "Probability"),
    f("expectedCloseDate", "date", "受注予定日", "Close date"),
    f("createdAt", "datetime", "作成日", "Created"),
    f("closedAt", "datetime", "完了日", "Closed at"),
    owner,
    f("accountExternalId", "text", "顧客外部ID", "Account external ID"),
    f("accountName", "text", "顧客名", "Account name"),
    f("accountDomain", "text", "顧客ドメイン", "Account domain"),
    f("nextMeetingDate", "date", "次回商談日", "Next meeting date"),
    f("nextMeetingPurpose", "text", "次回目的", "Next meeting purpose"),
    f("minutesUrl", "text", "議事録URL", "Minutes URL", { max: 2000 }),
    f("channel", "text", "チャネル", "Channel", { max: 50 }),
    f("lostReason", "text", "失注理由", "Lost reason"),
    ...bant,
  ],
  accounts: [
    externalId,
    f("name", "text", "顧客名", "Account name", req),
    f("industry", "text", "業種", "Industry"),
    f("sizeBand", "text", "従業員規模", "Employees"),
    f("region", "text", "地域", "Region"),
    f("website", "text", "Webサイト", "Website", { max: 2000 }),
    owner,
    f("notes", "text", "メモ", "Notes", { max: 10_000 }),
  ],
  contacts: [
    externalId,
    f("name", "text", "氏名", "Name"),
    f("lastName", "text", "姓", "Last name"),
    f("firstName", "text", "名", "First name"),
    f("accountExternalId", "text", "顧客外部ID", "Account external ID"),
    f("accountName", "text", "顧客名", "Account name"),
    f("accountDomain", "text", "顧客ドメイン", "Account domain"),
    f("title", "text", "役職", "Title"),
    f("email", "text", "メール", "Email", { max: 320 }),
    f("phone", "text", "電話", "Phone", { max: 50 }),
    f("decisionRole", "text", "意思決定での役割", "Decision role"),
  ],
  activities: [
    externalId,
    f("kind", "text", "種類", "Type", req),
    f("outcome", "text", "結果", "Outcome"),
    f("meetingOutcome", "text", "商談結果", "Meeting outcome"),
    f("occurredAt", "datetime", "日時", "Date", req),
    owner,
    f("subject", "text", "件名", "Subject"),
    f("note", "text", "メモ", "Notes", { max: 10_000 }),
    f("durationSec", "integer", "通話秒数", "Duration (s)"),
    f("dealExternalId", "text", "案件外部ID", "Deal external ID"),
    f("accountExternalId", "text", "顧客外部ID", "Account external ID"),
    f("contactEmail", "text", "担当者メール", "Contact email", { max: 320 }),
  ],
  leads: [
    externalId,
    f("companyName", "text", "会社名", "Company", req),
    f("contactName", "text", "氏名", "Name"),
    f("email", "text", "メール", "Email", { max: 320 }),
    f("phone", "text", "電話", "Phone", { max: 50 }),
    f("channel", "text", "流入チャネル", "Source channel", req),
    f("status", "text", "ステータス", "Status"),
    owner,
    f("createdAt", "datetime", "作成日時", "Created"),
    f("firstResponseAt", "datetime", "初回対応日時", "First response"),
    ...bant,
  ],
  stageHistory: [
    externalId,
    f("dealExternalId", "text", "案件外部ID", "Deal external ID", req),
    f("stage", "text", "ステージ", "Stage", req),
    f("changedAt", "datetime", "変更日時", "Changed at", req),
  ],
};

export const fieldOf = (kind: ImportKind, key: string) =>
  importFields[kind].find((field) => field.key === key);
