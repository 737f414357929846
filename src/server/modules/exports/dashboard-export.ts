// The dashboard's tables in a file, from the dashboard answer itself: KPIs against target and pace,
// action KPIs with their daily targets, activities per day, the funnel, the rankings, stale deals.
import type { Dashboard, KpiProgress } from "../../../contract/dashboard";
import type { Language } from "../../../contract/errors";
import {
  column,
  dealStatusLabels,
  kpiStatusLabels,
  kpiUnitLabels,
  labelOf,
  nameIn,
  staleText,
} from "./export-labels";
import { type CellType, type ExportRow, type ExportTable, inOneBatch } from "./table-export";

/** A KPI's figures are rates (percent cells) or amounts and counts (numbers), by its unit. */
const byUnit = (row: ExportRow): CellType => (row.unitCode === "ratio" ? "percent" : "number");

export const kpiColumns = [
  column("name", "KPI", "KPI"),
  column("unit", "単位", "Unit"),
  column("actual", "実績", "Actual", byUnit),
  column("expectedToDate", "今日までの目安", "Expected to date", byUnit),
  column("target", "目標", "Target", byUnit),
  column("achievement", "達成率", "Achievement", "percent"),
  column("pace", "進捗ペース", "Pace", "percent"),
  column("status", "状況", "Status"),
];

export const kpiRow = (kpi: KpiProgress, lang: Language): ExportRow => ({
  name: nameIn(lang, kpi.name, kpi.nameEn),
  unit: labelOf(kpiUnitLabels, kpi.unit, lang),
  unitCode: kpi.unit,
  actual: kpi.actual,
  expectedToDate: kpi.expectedToDate,
  target: kpi.target,
  achievement: kpi.achievement,
  pace: kpi.pace,
  status: labelOf(kpiStatusLabels, kpi.status, lang),
});

const table = (key: string, ja: string, en: string, columns: ExportTable["columns"], rows: ExportRow[]) => ({
  key,
  title: { ja, en },
  columns,
  batches: inOneBatch(rows),
});

export function dashboardTables(d: Dashboard, lang: Language): ExportTable[] {
  const r = d.rankings;
  return [
    table(
      "kpis",
      "KPIの進捗",
      "KPI progress",
      kpiColumns,
      [d.kgi, ...d.pace.kpis].map((k) => kpiRow(k, lang)),
    ),
    table(
      "activities",
      "行動KPI",
      "Action KPIs",
      [
        ...kpiColumns.slice(0, 5),
        column("dailyTarget", "1日の目標", "Daily target", "number"),
        ...kpiColumns.slice(5),
      ],
      d.activities.items.map((k) => ({ ...kpiRow(k, lang), dailyTarget: k.dailyTarget })),
    ),
    table(
      "daily",
      "日別の行動量",
      "Activities per day",
      [
        column("date", "日付", "Date", "date"),
        column("businessDay", "営業日", "Business day"),
        column("calls", "架電", "Calls", "number"),
        column("effectiveContacts", "有効コンタクト", "Effective contacts", "number"),
        column("meetingsSet", "商談設定", "Meetings set", "number"),
        column("meetingsHeld", "商談実施", "Meetings held", "number"),
        column("emailsSent", "メール", "Emails", "number"),
      ],
      d.activities.daily.map((day) => ({
        ...day,
        businessDay: day.businessDay ? (lang === "en" ? "Yes" : "○") : lang === "en" ? "No" : "",
      })),
    ),
    table(
      "funnel",
      "ファネル",
      "Funnel",
      [
        column("stage", "ステージ", "Stage"),
        column("kind", "種別", "Kind"),
        column("openDeals", "進行中", "Open", "number"),
        column("openAmount", "金額", "Amount", "number"),
        column("entered", "期間の流入", "Entered", "number"),
        column("exits", "ステージを出た件数", "Left the stage", "number"),
        column("forwardExits", "次へ進んだ件数", "Moved forward", "number"),
        column("conversion", "前進率", "Conversion", "percent"),
        column("averageDwellDays", "平均滞留日数", "Avg. days in stage", "number"),
      ],
      d.funnel.stages.map((s) => ({
        ...s,
        stage: nameIn(lang, s.name, s.nameEn),
        kind: labelOf(dealStatusLabels, s.kind, lang),
      })),
    ),
    table(
      "rankings",
      "ランキング",
      "Rankings",
      [
        column("rank", "順位", "Rank", "number"),
        column("name", "担当者", "Person"),
        column("team", "チーム", "Team"),
        column("value", nameIn("ja", r.name, r.nameEn), nameIn("en", r.name, r.nameEn), byUnit),
        column("target", "目標", "Target", byUnit),
        column("achievement", "達成率", "Achievement", "percent"),
      ],
      r.people.map((p) => ({ ...p, team: p.teamName, unitCode: r.unit })),
    ),
    table(
      "stale",
      "停滞案件",
      "Stale deals",
      [
        column("name", "案件名", "Deal name"),
        column("account", "取引先", "Account"),
        column("owner", "担当者", "Owner"),
        column("stage", "ステージ", "Stage"),
        column("stale", "停滞", "Stale"),
        column("amount", "受注見込み金額", "Amount", "number"),
        column("id", "ID", "ID"),
      ],
      d.stale.deals.map((s) => ({
        name: s.name,
        account: s.accountName,
        owner: s.ownerName,
        stage: nameIn(lang, s.stageName, s.stageNameEn),
        stale: staleText(s.staleness, lang),
        amount: s.amount,
        id: s.id,
      })),
    ),
  ];
}
