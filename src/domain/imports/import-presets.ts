// Column presets: which header of a Salesforce (Data Loader / Data Export or report), HubSpot or
// Susumu-template file fills which field. The first header of a field's list that the file has wins.
import { type ImportKind, importFields } from "./import-fields";

export const importPresets = ["salesforce", "hubspot", "susumu"] as const;
export type ImportPreset = (typeof importPresets)[number];

type Aliases = Partial<Record<ImportKind, Record<string, string[]>>>;

const salesforce: Aliases = {
  deals: {
    externalId: ["Id", "Opportunity ID", "商談 ID"],
    name: ["Name", "Opportunity Name", "商談名"],
    stage: ["StageName", "Stage", "フェーズ"],
    isClosed: ["IsClosed", "Closed", "完了"],
    isWon: ["IsWon", "Won", "成立"],
    amount: ["Amount", "金額"],
    probability: ["Probability", "Probability (%)", "確度 (%)"],
    expectedCloseDate: ["CloseDate", "Close Date", "完了予定日"],
    createdAt: ["CreatedDate", "Created Date", "作成日"],
    owner: ["OwnerId", "Opportunity Owner", "Owner Email", "商談 所有者"],
    accountExternalId: ["AccountId", "Account ID", "取引先 ID"],
    accountName: ["Account Name", "Account.Name", "取引先名"],
    channel: ["LeadSource", "Lead Source", "リードソース"],
    nextMeetingPurpose: ["NextStep", "Next Step", "次のステップ"],
  },
  stageHistory: {
    externalId: ["Id", "History ID"],
    dealExternalId: ["OpportunityId", "Opportunity ID", "商談 ID"],
    stage: ["StageName", "To Stage", "Stage", "フェーズ"],
    changedAt: ["CreatedDate", "Edit Date", "Last Modified", "変更日"],
  },
  accounts: {
    externalId: ["Id", "Account ID"],
    name: ["Name", "Account Name", "取引先名"],
    industry: ["Industry", "業種"],
    sizeBand: ["NumberOfEmployees", "Employees", "従業員数"],
    region: ["BillingState", "Billing State/Province", "都道府県(請求先)"],
    website: ["Website", "Web サイト"],
    owner: ["OwnerId", "Account Owner", "取引先 所有者"],
    notes: ["Description", "説明"],
  },
  contacts: {
    externalId: ["Id", "Contact ID"],
    name: ["Name", "Full Name"],
    lastName: ["LastName", "Last Name", "姓"],
    firstName: ["FirstName", "First Name", "名"],
    accountExternalId: ["AccountId", "Account ID"],
    accountName: ["Account Name", "取引先名"],
    title: ["Title", "役職"],
    email: ["Email", "メール"],
    phone: ["Phone", "電話"],
  },
  activities: {
    externalId: ["Id", "Activity ID"],
    kind: ["TaskSubtype", "Type", "Task Subtype", "種別"],
    outcome: ["CallDisposition", "Call Result"],
    occurredAt: ["ActivityDate", "Date", "CreatedDate", "期日"],
    owner: ["OwnerId", "Assigned", "任命先"],
    subject: ["Subject", "件名"],
    note: ["Description", "Comments", "コメント"],
    durationSec: ["CallDurationInSeconds", "Call Duration"],
    dealExternalId: ["WhatId"],
    accountExternalId: ["AccountId"],
  },
  leads: {
    externalId: ["Id", "Lead ID"],
    companyName: ["Company", "会社名"],
    contactName: ["Name", "Full Name", "氏名"],
    email: ["Email", "メール"],
    phone: ["Phone", "電話"],
    channel: ["LeadSource", "Lead Source", "リードソース"],
    status: ["Status", "Lead Status", "状況"],
    owner: ["OwnerId", "Lead Owner", "所有者"],
    createdAt: ["CreatedDate", "Create Date", "作成日"],
  },
};

const hubspot: Aliases = {
  deals: {
    externalId: ["Deal ID", "Record ID", "レコードID"],
    name: ["Deal Name", "取引名"],
    stage: ["Deal Stage", "取引ステージ"],
    amount: ["Amount", "金額"],
    expectedCloseDate: ["Close Date", "クローズ日"],
    createdAt: ["Create Date", "作成日"],
    owner: ["Deal Owner", "取引担当者"],
    lostReason: ["Closed Lost Reason", "失注理由"],
    accountName: ["Associated Company", "Company Name", "関連付けられた会社"],
    accountDomain: ["Associated Company Domain"],
    channel: ["Original Source", "Deal Source"],
  },
  accounts: {
    externalId: ["Company ID", "Record ID", "レコードID"],
    name: ["Company Name", "Name", "会社名"],
    industry: ["Industry", "業種"],
    sizeBand: ["Number of Employees", "従業員数"],
    region: ["State/Region", "都道府県/地域"],
    website: ["Company Domain Name", "Website", "Webサイト"],
    owner: ["Company Owner", "会社の所有者"],
  },
  contacts: {
    externalId: ["Contact ID", "Record ID", "レコードID"],
    lastName: ["Last Name", "姓"],
    firstName: ["First Name", "名"],
    email: ["Email", "Eメール"],
    phone: ["Phone Number", "電話番号"],
    title: ["Job Title", "役職"],
    accountDomain: ["Associated Company Domain"],
    accountName: ["Associated Company", "Company Name"],
  },
  activities: {
    externalId: ["Activity ID", "Record ID"],
    kind: ["Activity Type", "Activity type"],
    outcome: ["Call Outcome", "Call outcome"],
    meetingOutcome: ["Meeting Outcome", "Meeting outcome"],
    occurredAt: ["Activity Date", "Activity date", "Create Date"],
    owner: ["Activity Owner", "Activity assigned to"],
    subject: ["Call/Meeting Title/Subject", "Subject", "Call Title"],
    note: ["Notes/Description", "Body", "Notes"],
    durationSec: ["Call Duration"],
    dealExternalId: ["Associated Deal ID", "Associated Deal"],
    contactEmail: ["Associated Contact Email"],
  },
  leads: {
    externalId: ["Contact ID", "Record ID"],
    companyName: ["Company Name", "Associated Company"],
    contactName: ["Full Name", "Name"],
    email: ["Email"],
    phone: ["Phone Number"],
    channel: ["Original Source", "Lead Source"],
    status: ["Lead Status"],
    owner: ["Contact Owner"],
    createdAt: ["Create Date"],
  },
};

/** The product's own template: the Japanese header, the English one or the field key. */
function susumuAliases(kind: ImportKind) {
  return Object.fromEntries(importFields[kind].map((field) => [field.key, [field.ja, field.en, field.key]]));
}

export function aliasesOf(kind: ImportKind, preset: ImportPreset): Record<string, string[]> {
  const own = susumuAliases(kind);
  if (preset === "susumu") return own;
  const theirs = (preset === "salesforce" ? salesforce : hubspot)[kind] ?? {};
  // A preset also reads the template's headers for the fields it does not name.
  return Object.fromEntries(
    importFields[kind].map((field) => [field.key, [...(theirs[field.key] ?? []), ...(own[field.key] ?? [])]]),
  );
}

const headerKey = (header: string) => header.normalize("NFKC").trim().toLowerCase();

/** field → header of the file, for the fields the preset finds; an explicit mapping wins. */
export function resolveColumns(
  kind: ImportKind,
  preset: ImportPreset,
  headers: string[],
  explicit: Record<string, string | null> = {},
): Record<string, string> {
  const byKey = new Map(headers.map((h) => [headerKey(h), h]));
  const result: Record<string, string> = {};
  for (const [field, names] of Object.entries(aliasesOf(kind, preset))) {
    if (field in explicit) {
      const chosen = explicit[field];
      if (chosen && byKey.has(headerKey(chosen))) result[field] = byKey.get(headerKey(chosen)) as string;
      continue;
    }
    const found = names.map(headerKey).find((name) => byKey.has(name));
    if (found) result[field] = byKey.get(found) as string;
  }
  return result;
}
