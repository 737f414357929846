// A diagnosis finding in plain Japanese and English, with the numbers behind it, and its causes named.
import type { CauseKey, DiagnosisFinding } from "../../../domain/diagnosis";

const causeLabels: Record<CauseKey, [string, string]> = {
  list_quality: ["リストの質", "List quality"],
  call_timing: ["架電時間帯", "Call times"],
  talk_script: ["トークスクリプト", "Talk script"],
  hearing: ["ヒアリング", "Hearing"],
  proposal_quality: ["商談品質・提案内容", "Proposal quality"],
  handoff_info: ["引継ぎ情報", "Hand-off information"],
  time_use: ["時間の使い方", "Use of time"],
  tool_use: ["ツール活用", "Use of tools"],
  prioritisation: ["優先順位付け", "Prioritisation"],
};

type Names = Map<string, { name: string; nameEn: string }>;

const count = (n: number | null | undefined) => (n == null ? "-" : Math.round(n).toLocaleString("ja-JP"));
const percent = (n: number | null | undefined) => (n == null ? "-" : `${(n * 100).toFixed(1)}%`);

export function findingText(finding: DiagnosisFinding, names: Names) {
  const n = finding.numbers;
  const kpi = finding.kpiKey ? names.get(finding.kpiKey) : undefined;
  const step = finding.step ? names.get(finding.step) : undefined;
  const causes = finding.causes.map((key) => ({
    key,
    label: causeLabels[key][0],
    labelEn: causeLabels[key][1],
  }));
  const stepFigures = {
    ja: `${step?.name ?? ""}が${percent(n.actualRate)}で目標${percent(n.targetRate)}の${percent(n.rateAchievement)}にとどまっています（${count(n.toCount)}/${count(n.fromCount)}）`,
    en: `the ${step?.nameEn.toLowerCase() ?? ""} is ${percent(n.actualRate)} against a target of ${percent(n.targetRate)}, ${percent(n.rateAchievement)} of target (${count(n.toCount)} of ${count(n.fromCount)})`,
  };
  switch (finding.kind) {
    case "volume": {
      const perDay =
        n.neededPerBusinessDay == null
          ? { ja: "", en: "" }
          : {
              ja: `残り${count(n.remainingBusinessDays)}営業日で目標${count(n.target)}件に届くには1日${count(n.neededPerBusinessDay)}件が必要です。`,
              en: ` Reaching the target of ${count(n.target)} takes ${count(n.neededPerBusinessDay)} a business day over the remaining ${count(n.remainingBusinessDays)}.`,
            };
      return {
        causes,
        message: `行動量の問題: ${kpi?.name ?? ""}が${count(n.actual)}件で、今日時点の目安${count(n.expectedToDate)}件に${count(n.shortfall)}件不足しています（ペース${percent(n.pace)}）。${perDay.ja}`,
        messageEn: `Volume: ${kpi?.nameEn ?? ""} at ${count(n.actual)} against ${count(n.expectedToDate)} expected by today, ${count(n.shortfall)} short (pace ${percent(n.pace)}).${perDay.en}`,
      };
    }
    case "quality":
      return {
        causes,
        message: `質の問題: 行動量は目標ペースを満たしていますが、${stepFigures.ja}。`,
        messageEn: `Quality: the action KPIs are on pace, but ${stepFigures.en}.`,
      };
    case "on_track":
      return {
        causes,
        message: "順調: 行動量も各ステップの転換率も目標を満たしています。",
        messageEn: "On track: the action KPIs are on pace and every conversion step meets its target.",
      };
    case "no_target":
      return {
        causes,
        message: `行動KPIの目標が未設定のため、行動量を判定できません。${step ? `転換率では${stepFigures.ja}。` : ""}`,
        messageEn: `No action KPI has a target, so volume cannot be judged.${step ? ` Among the conversion steps, ${stepFigures.en}.` : ""}`,
      };
  }
}
