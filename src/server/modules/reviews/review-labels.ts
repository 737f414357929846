// The words of a review sheet in ja and en: its kind, its written parts, its actions' statuses.
import type { Language } from "../../../contract/errors";
import type { ReviewActionStatus, ReviewKind } from "../../../domain/reviews/review-rules";
import type { Localized } from "../exports/table-export";

export const kindLabels: Record<ReviewKind, Localized> = {
  daily: { ja: "日報", en: "Daily report" },
  weekly: { ja: "週次レビュー", en: "Weekly review" },
  monthly: { ja: "月次レビュー", en: "Monthly review" },
};

export const actionStatusLabels: Record<ReviewActionStatus, Localized> = {
  open: { ja: "未着手", en: "Open" },
  in_progress: { ja: "対応中", en: "In progress" },
  done: { ja: "完了", en: "Done" },
  dropped: { ja: "中止", en: "Dropped" },
};

/** The written parts of each kind of sheet, in the order the sheet shows them. */
export const noteLabels: Record<ReviewKind, [key: string, label: Localized][]> = {
  daily: [
    ["wentWell", { ja: "上手くいった点", en: "What went well" }],
    ["wentBadly", { ja: "課題点", en: "What did not" }],
    ["tomorrow", { ja: "翌日の行動計画", en: "Plan for tomorrow" }],
  ],
  weekly: [
    ["summary", { ja: "週間サマリー", en: "Summary of the week" }],
    ["bottleneck", { ja: "ボトルネック分析（原因仮説）", en: "Bottleneck and its likely causes" }],
    ["nextWeekFocus", { ja: "来週の重点活動", en: "Next week's focus" }],
  ],
  monthly: [
    ["summary", { ja: "月間実績サマリー", en: "Summary of the month" }],
    ["what", { ja: "What：何が起きたか", en: "What happened" }],
    ["why", { ja: "Why：なぜそうなったか", en: "Why it happened" }],
    ["soWhat", { ja: "So What：だから何か", en: "So what: the insight" }],
    ["nowWhat", { ja: "Now What：これから何をするか", en: "Now what: the plan" }],
    ["crossTeam", { ja: "部門間連携（MKT・IS・FS）", en: "Cross-team issues (MKT / IS / FS)" }],
    ["nextMonthStrategy", { ja: "来月の戦略", en: "Next month's strategy" }],
  ],
};

export const sheetTitle = (kind: ReviewKind, scopeName: string, periodLabel: string, lang: Language) =>
  `${kindLabels[kind][lang]} ${scopeName} ${periodLabel}`;
