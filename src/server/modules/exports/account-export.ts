// The account list, and the contacts (取引先責任者) of the accounts the caller may see, in a file.
import type { Language } from "../../../contract/errors";
import type { AccountRepository } from "../accounts/accounts.repository";
import { column, decisionRoleLabels, labelOf, temperatureLabels } from "./export-labels";
import type { ExportRepository } from "./exports.repository";
import type { ExportRow } from "./table-export";

type AccountListRow = Awaited<ReturnType<AccountRepository["list"]>>["items"][number];
type ContactRow = Awaited<ReturnType<ExportRepository["contactsPage"]>>[number];

export const accountColumns = [
  column("name", "会社名", "Company"),
  column("nameKana", "フリガナ", "Name (kana)"),
  column("industry", "業種", "Industry"),
  column("sizeBand", "従業員規模", "Employees"),
  column("region", "地域", "Region"),
  column("temperature", "温度感", "Temperature"),
  column("owner", "担当者", "Owner"),
  column("openDeals", "進行中の案件", "Open deals", "number"),
  column("openAmount", "進行中の見込み金額", "Open amount", "number"),
  column("needs", "ニーズ・課題", "Needs and issues"),
  column("decisionProcess", "決裁プロセス（稟議ルート）", "Decision process"),
  column("website", "Webサイト", "Website"),
  column("notes", "メモ", "Notes"),
  column("updatedAt", "更新日時", "Updated", "datetime"),
  column("id", "ID", "ID"),
];

export function accountRow(row: AccountListRow, lang: Language): ExportRow {
  const { account } = row;
  return {
    name: account.name,
    nameKana: account.nameKana,
    industry: account.industry,
    sizeBand: account.sizeBand,
    region: account.region,
    temperature: labelOf(temperatureLabels, account.temperature, lang),
    owner: row.ownerName,
    // The open pipeline counts only the deals the caller may see, as the list does.
    openDeals: Number(row.openDeals),
    openAmount: Number(row.openAmount),
    needs: account.needs,
    decisionProcess: account.decisionProcess,
    website: account.website,
    notes: account.notes,
    updatedAt: account.updatedAt,
    id: account.id,
  };
}

export const contactColumns = [
  column("account", "取引先", "Account"),
  column("name", "氏名", "Name"),
  column("title", "役職", "Title"),
  column("decisionRole", "意思決定での役割", "Decision role"),
  column("email", "メールアドレス", "Email"),
  column("phone", "電話番号", "Phone"),
  column("updatedAt", "更新日時", "Updated", "datetime"),
  column("id", "ID", "ID"),
  column("accountId", "取引先ID", "Account ID"),
];

export function contactRow({ contact, accountName }: ContactRow, lang: Language): ExportRow {
  return {
    account: accountName,
    name: contact.name,
    title: contact.title,
    decisionRole: labelOf(decisionRoleLabels, contact.decisionRole, lang),
    email: contact.email,
    phone: contact.phone,
    updatedAt: contact.updatedAt,
    id: contact.id,
    accountId: contact.accountId,
  };
}
