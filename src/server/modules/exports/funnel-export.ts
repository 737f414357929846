// The bottleneck analysis' tables in a file, from the analysis answer itself: the funnel steps against
// their target rates, the volume KPIs at the top of the funnel, and the steps of every group.
import type { FunnelAnalysis, FunnelStep } from "../../../contract/analysis";
import type { Language } from "../../../contract/errors";
import { kpiColumns, kpiRow } from "./dashboard-export";
import { column, labelOf, nameIn, targetSourceLabels } from "./export-labels";
import { type ExportRow, type ExportTable, inOneBatch } from "./table-export";

const stepColumns = [
  column("step", "ステップ", "Step"),
  column("fromCount", "母数", "From", "number"),
  column("toCount", "次へ進んだ数", "To", "number"),
  column("targetRate", "目標率", "Target rate", "percent"),
  column("actualRate", "実績率", "Actual rate", "percent"),
  column("rateAchievement", "目標比", "Against target", "percent"),
  column("targetSource", "目標の根拠", "Target from"),
  column("bottleneck", "ボトルネック", "Bottleneck"),
];

function stepRow(step: FunnelStep, bottleneck: string | undefined, lang: Language): ExportRow {
  return {
    step: nameIn(lang, step.name, step.nameEn),
    fromCount: step.fromCount,
    toCount: step.toCount,
    targetRate: step.targetRate,
    actualRate: step.actualRate,
    rateAchievement: step.rateAchievement,
    targetSource: labelOf(targetSourceLabels, step.targetSource, lang),
    bottleneck: step.key === bottleneck ? (lang === "en" ? "Bottleneck" : "ボトルネック") : null,
  };
}

export function funnelTables(analysis: FunnelAnalysis, lang: Language): ExportTable[] {
  return [
    {
      key: "steps",
      title: { ja: "ファネルの分解", en: "Funnel steps" },
      columns: stepColumns,
      batches: inOneBatch(analysis.steps.map((s) => stepRow(s, analysis.bottleneck?.step, lang))),
    },
    {
      key: "volume",
      title: { ja: "行動量", en: "Volume" },
      columns: kpiColumns,
      batches: inOneBatch(analysis.volume.map((k) => kpiRow(k, lang))),
    },
    {
      key: "groups",
      title: { ja: "切り口別", en: "By group" },
      columns: [column("group", "グループ", "Group"), ...stepColumns],
      batches: inOneBatch(
        analysis.groups.flatMap((g) =>
          g.steps.map((s) => ({
            group: nameIn(lang, g.label, g.labelEn),
            ...stepRow(s, g.bottleneck?.step, lang),
          })),
        ),
      ),
    },
  ];
}
