// A review sheet as an .xlsx laid out like the sheets teams print for their meetings: the title, the
// KPI table, the kind's own figures (rates, funnel, landing forecast, people), the written parts, the
// previous meeting's actions with their follow-up, this meeting's actions, the comments.
import type { FunnelStep } from "../../../contract/analysis";
import type { KpiProgress } from "../../../contract/dashboard";
import type { Language } from "../../../contract/errors";
import type { DailyFigures, MonthlyFigures, WeeklyFigures } from "../../../contract/review-figures";
import type { Review, ReviewAction } from "../../../contract/reviews";
import { kpiStatusLabels, labelOf, nameIn } from "../exports/export-labels";
import { wallClock } from "../exports/table-export";
import { actionStatusLabels, kindLabels, noteLabels, sheetTitle } from "./review-labels";
import { type Cell, type CellKind, createSheetWriter, type SheetWriter } from "./review-xlsx";

type Words = (ja: string, en: string) => string;

const valueKind = (unit: string): CellKind => (unit === "ratio" ? "percent" : "number");
const num = (value: number | null | undefined, kind: CellKind = "number"): Cell => ({ value, kind });
const text = (value: string | null | undefined): Cell => ({ value });

function kpiTable(w: SheetWriter, t: Words, lang: Language, kpis: KpiProgress[]) {
  w.table(
    [
      t("KPI", "KPI"),
      t("目標", "Target"),
      t("実績", "Actual"),
      t("達成率", "Achievement"),
      t("進捗ペース", "Pace"),
      t("状況", "Status"),
    ].map((header) => ({ header })),
    kpis.map((k) => [
      text(nameIn(lang, k.name, k.nameEn)),
      num(k.target, valueKind(k.unit)),
      num(k.actual, valueKind(k.unit)),
      num(k.achievement, "percent"),
      num(k.pace, "percent"),
      text(labelOf(kpiStatusLabels, k.status, lang)),
    ]),
  );
}

function funnelTable(
  w: SheetWriter,
  t: Words,
  lang: Language,
  funnel: { steps: FunnelStep[]; bottleneck: { step: string } | null },
) {
  w.heading(t("ボトルネック分析", "Bottleneck analysis"));
  w.table(
    [
      t("ステップ", "Step"),
      t("母数", "From"),
      t("次へ進んだ数", "To"),
      t("実績率", "Actual rate"),
      t("目標率", "Target rate"),
      t("目標比", "Against target"),
    ].map((header) => ({ header })),
    funnel.steps.map((s) => [
      text(
        `${nameIn(lang, s.name, s.nameEn)}${s.key === funnel.bottleneck?.step ? t("（ボトルネック）", " (bottleneck)") : ""}`,
      ),
      num(s.fromCount),
      num(s.toCount),
      num(s.actualRate, "percent"),
      num(s.targetRate, "percent"),
      num(s.rateAchievement, "percent"),
    ]),
  );
}

function dailySection(w: SheetWriter, t: Words, lang: Language, f: DailyFigures) {
  w.heading(t("行動KPI（本日）", "Action KPIs (the day)"));
  w.table(
    [
      t("KPI", "KPI"),
      t("日次目標", "Daily target"),
      t("本日実績", "Actual"),
      t("達成率", "Achievement"),
      t("月累計ペース", "Month's pace"),
      t("状況", "Status"),
    ].map((header) => ({ header })),
    f.actions.map((a) => [
      text(nameIn(lang, a.name, a.nameEn)),
      num(a.dailyTarget),
      num(a.actual, valueKind(a.unit)),
      num(a.achievement, "percent"),
      num(a.monthToDate.pace, "percent"),
      text(labelOf(kpiStatusLabels, a.status, lang)),
    ]),
  );
  w.heading(t("効率", "Rates"));
  w.table(
    [
      t("指標", "Rate"),
      t("本日", "The day"),
      t("月累計", "Month to date"),
      t("月目標", "Month's target"),
      t("達成率", "Achievement"),
      t("状況", "Status"),
    ].map((header) => ({ header })),
    f.rates.map((r) => [
      text(nameIn(lang, r.name, r.nameEn)),
      num(r.actual, valueKind(r.unit)),
      num(r.monthToDate.actual, valueKind(r.unit)),
      num(r.monthToDate.target, valueKind(r.unit)),
      num(r.monthToDate.achievement, "percent"),
      text(labelOf(kpiStatusLabels, r.monthToDate.status, lang)),
    ]),
  );
}

function weeklySection(w: SheetWriter, t: Words, lang: Language, f: WeeklyFigures) {
  w.heading(t("週間実績サマリー", "The week against target"));
  kpiTable(w, t, lang, [f.kgi, ...f.pace.kpis]);
  funnelTable(w, t, lang, f.funnel);
  if (f.insideSales) {
    w.heading(t("インサイドセールス", "Inside sales"));
    kpiTable(w, t, lang, f.insideSales.kpis);
  }
}

function monthlySection(w: SheetWriter, t: Words, lang: Language, f: MonthlyFigures, review: Review) {
  w.heading(t("月間実績サマリー", "The month against target"));
  kpiTable(w, t, lang, [f.kgi, ...f.pace.kpis]);
  const l = f.forecast.landing;
  w.heading(t("着地予測と根拠", "Landing forecast and its basis"));
  w.table(
    [
      t("受注済み", "Won to date"),
      "P10",
      "P50",
      "P90",
      t("目標", "Target"),
      t("達成率（P50）", "Achievement (P50)"),
    ].map((header) => ({ header })),
    [[num(l.wonToDate), num(l.p10), num(l.p50), num(l.p90), num(l.target), num(l.achievement, "percent")]],
  );
  w.table(
    [
      t("加重パイプライン", "Weighted pipeline"),
      t("件数", "Deals"),
      t("金額", "Amount"),
      t("カバレッジ", "Coverage"),
      t("期待値", "Expected"),
      t("履歴 / 確率", "History / stage"),
    ].map((header) => ({ header })),
    [
      [
        num(f.forecast.weighted.weighted),
        num(f.forecast.weighted.count),
        num(f.forecast.weighted.amount),
        num(f.forecast.coverage.ratio, "percent"),
        num(l.expected),
        text(`${f.forecast.byHistory} / ${f.forecast.byStage}`),
      ],
    ],
  );
  w.table(
    [
      t("主な案件", "Top deals"),
      t("担当者", "Owner"),
      t("ステージ", "Stage"),
      t("金額", "Amount"),
      t("受注確率", "Chance"),
      t("期待値", "Expected"),
    ].map((header) => ({ header })),
    f.forecast.topDeals.map((d) => [
      text(d.name),
      text(d.ownerName),
      text(d.stageName),
      num(d.amount),
      num(d.chance, "percent"),
      num(d.expected),
    ]),
  );
  funnelTable(w, t, lang, f.funnel);
  const notes = review.notes as { evaluations?: { userId: string; text: string }[] };
  const evaluation = new Map((notes.evaluations ?? []).map((e) => [e.userId, e.text]));
  w.heading(t("個人別評価", "Per person"));
  w.table(
    [
      { header: t("担当者", "Person") },
      { header: nameIn(lang, f.people.name, f.people.nameEn) },
      { header: t("目標", "Target") },
      { header: t("達成率", "Achievement") },
      { header: t("評価・育成課題", "Evaluation"), span: 2 },
    ],
    f.people.items.map((p) => [
      text(p.name),
      num(p.value, valueKind(f.people.unit)),
      num(p.target, valueKind(f.people.unit)),
      num(p.achievement, "percent"),
      text(evaluation.get(p.userId)),
    ]),
  );
}

function actionTable(w: SheetWriter, t: Words, lang: Language, actions: ReviewAction[]) {
  w.table(
    [
      { header: t("アクション", "Action") },
      { header: t("担当者", "Owner") },
      { header: t("期限", "Due") },
      { header: t("状況", "Status") },
      { header: t("結果", "Outcome"), span: 2 },
    ],
    actions.map((a) => [
      text(a.text),
      text(a.ownerName),
      { value: a.dueDate, kind: "date" },
      text(actionStatusLabels[a.status][lang]),
      text(a.outcome),
    ]),
  );
}

/** The workbook of one sheet; times as the org's wall clock. */
export function reviewWorkbook(review: Review, lang: Language, timeZone: string) {
  const t: Words = (ja, en) => (lang === "en" ? en : ja);
  const w = createSheetWriter(kindLabels[review.kind][lang]);
  const p = review.period;
  const at = (iso: string) => wallClock(new Date(iso), timeZone).slice(0, 16);
  w.title(
    sheetTitle(review.kind, review.scopeName, p.label, lang),
    [
      `${t("期間", "Period")}: ${p.start}${p.start === p.end ? "" : ` – ${p.end}`}`,
      `${t("集計時点", "Figures as of")}: ${at(review.figuresAt)}`,
      ...(review.lockedAt
        ? [`${t("確定", "Locked")}: ${at(review.lockedAt)} ${review.lockedByName ?? ""}`]
        : []),
    ].join("　"),
  );
  const f = review.figures;
  if (f.kind === "daily") dailySection(w, t, lang, f);
  if (f.kind === "weekly") weeklySection(w, t, lang, f);
  if (f.kind === "monthly") monthlySection(w, t, lang, f, review);

  w.heading(t("振り返り", "Review"));
  const notes = review.notes as Record<string, string | undefined>;
  for (const [key, label] of noteLabels[review.kind]) w.block(label[lang], notes[key]);

  w.heading(t("前回のアクション", "Previous actions"));
  if (review.previousActions.length > 0) actionTable(w, t, lang, review.previousActions);
  else w.line(t("（なし）", "(none)"));
  w.heading(t("今回のアクション", "Actions decided"));
  actionTable(w, t, lang, review.actions);

  if (review.comments.length > 0) {
    w.heading(t("コメント", "Comments"));
    w.table(
      [
        { header: t("記入者", "By") },
        { header: t("日時", "At") },
        { header: t("コメント", "Comment"), span: 4 },
      ],
      review.comments.map((c) => [text(c.authorName), text(at(c.createdAt)), text(c.body)]),
    );
  }
  return w.workbook;
}
