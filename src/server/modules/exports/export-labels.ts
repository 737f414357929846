// The words an exported file shows for coded values, in ja and en, as the screens show them.
import type { Staleness } from "../../../contract/deals";
import type { Language } from "../../../contract/errors";
import { knownChannels } from "../../../domain/inside-sales/inside-sales-settings";
import type { ExportColumn, Localized } from "./table-export";

type Labels = Record<string, Localized>;

export const dealStatusLabels: Labels = {
  open: { ja: "進行中", en: "Open" },
  won: { ja: "受注", en: "Won" },
  lost: { ja: "失注", en: "Lost" },
};

export const channelLabels: Labels = Object.fromEntries(
  knownChannels.map((c) => [c.key, { ja: c.label, en: c.labelEn }]),
);

export const temperatureLabels: Labels = {
  hot: { ja: "ホット", en: "Hot" },
  warm: { ja: "ウォーム", en: "Warm" },
  cold: { ja: "コールド", en: "Cold" },
};

export const decisionRoleLabels: Labels = {
  decision_maker: { ja: "決裁者", en: "Decision maker" },
  influencer: { ja: "影響者", en: "Influencer" },
  champion: { ja: "推進者", en: "Champion" },
  user: { ja: "利用者", en: "User" },
  gatekeeper: { ja: "窓口", en: "Gatekeeper" },
};

export const activityKindLabels: Labels = {
  call: { ja: "電話", en: "Call" },
  email: { ja: "メール", en: "Email" },
  visit: { ja: "訪問", en: "Visit" },
  online_meeting: { ja: "オンライン商談", en: "Online meeting" },
  other: { ja: "その他", en: "Other" },
};

export const outcomeLabels: Labels = {
  not_reached: { ja: "不通", en: "Not reached" },
  reached: { ja: "接続", en: "Reached" },
  effective_contact: { ja: "有効コンタクト", en: "Effective contact" },
  appointment_set: { ja: "アポ獲得", en: "Meeting set" },
  sent: { ja: "送信", en: "Sent" },
  opened: { ja: "開封", en: "Opened" },
  clicked: { ja: "クリック", en: "Clicked" },
  replied: { ja: "返信", en: "Replied" },
  scheduled: { ja: "予定", en: "Scheduled" },
  held: { ja: "実施", en: "Held" },
  cancelled: { ja: "キャンセル", en: "Cancelled" },
};

export const leadStatusLabels: Labels = {
  new: { ja: "新規", en: "New" },
  working: { ja: "対応中", en: "Working" },
  qualified: { ja: "有望", en: "Qualified" },
  handed_off: { ja: "トスアップ済み", en: "Handed off" },
  disqualified: { ja: "対象外", en: "Disqualified" },
};

export const kpiStatusLabels: Labels = {
  on_track: { ja: "順調", en: "On track" },
  behind: { ja: "遅れ", en: "Behind" },
  at_risk: { ja: "要注意", en: "At risk" },
  no_target: { ja: "目標なし", en: "No target" },
};

export const kpiUnitLabels: Labels = {
  count: { ja: "件数", en: "Count" },
  ratio: { ja: "率", en: "Rate" },
  yen: { ja: "円", en: "Yen" },
  days: { ja: "日", en: "Days" },
  minutes: { ja: "分", en: "Minutes" },
};

export const targetSourceLabels: Labels = {
  target: { ja: "目標", en: "Target" },
  derived: { ja: "目標から算出", en: "Derived from targets" },
  history: { ja: "過去6か月中央値", en: "6-month median" },
};

/** A code's label, or the code itself when it has none (a value from an import, a new option). */
export const labelOf = (labels: Labels, code: string | null | undefined, lang: Language) =>
  code ? (labels[code]?.[lang] ?? code) : null;

/** The English name where there is one. */
export const nameIn = (lang: Language, name: string, nameEn: string | null | undefined) =>
  lang === "en" ? nameEn || name : name;

export function staleText(stale: Staleness, lang: Language): string | null {
  if (!stale) return null;
  const { reason, days } = stale;
  if (reason === "next_meeting_missing") return lang === "en" ? "No next meeting" : "次回商談日 未設定";
  if (reason === "next_meeting_past") {
    return lang === "en" ? `Next meeting passed ${days} days ago` : `次回商談日から${days}日経過`;
  }
  return lang === "en" ? `No update for ${days} days` : `未更新 ${days}日`;
}

/** A column: its key, its header in ja and en, its type (text unless said). */
export const column = (
  key: string,
  ja: string,
  en: string,
  type: ExportColumn["type"] = "text",
): ExportColumn => ({ key, header: { ja, en }, type });
