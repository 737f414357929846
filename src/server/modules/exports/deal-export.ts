// The deal list's columns in a file: the fields of the list and the detail, names instead of ids.
import type { Deal } from "../../../contract/deals";
import type { Language } from "../../../contract/errors";
import { channelLabels, column, dealStatusLabels, labelOf, nameIn, staleText } from "./export-labels";
import type { ExportRow } from "./table-export";

export const dealColumns = [
  column("name", "案件名", "Deal name"),
  column("account", "取引先", "Account"),
  column("owner", "担当者", "Owner"),
  column("pipeline", "パイプライン", "Pipeline"),
  column("stage", "ステージ", "Stage"),
  column("status", "状況", "Status"),
  column("amount", "受注見込み金額", "Amount", "number"),
  column("probability", "受注確度 (%)", "Probability (%)", "number"),
  column("probabilityReason", "確度変更の理由", "Reason for the probability"),
  column("expectedCloseDate", "完了予定日", "Expected close", "date"),
  column("nextMeetingDate", "次回商談日", "Next meeting", "date"),
  column("nextMeetingPurpose", "次回目的", "Next meeting purpose"),
  column("decisionMaker", "決裁者", "Decision maker"),
  column("channel", "流入経路", "Channel"),
  column("bantBudget", "予算 (Budget)", "Budget"),
  column("bantAuthority", "決裁権 (Authority)", "Authority"),
  column("bantNeed", "必要性 (Need)", "Need"),
  column("bantTiming", "導入時期 (Timing)", "Timing"),
  column("minutesUrl", "議事録URL", "Minutes URL"),
  column("stale", "停滞", "Stale"),
  column("lostReason", "失注理由", "Lost reason"),
  column("closeDatePushes", "完了予定日の延期", "Close date pushed", "number"),
  column("stageEnteredAt", "現ステージ開始", "In this stage since", "datetime"),
  column("createdAt", "作成日時", "Created", "datetime"),
  column("updatedAt", "更新日時", "Updated", "datetime"),
  column("closedAt", "クローズ日時", "Closed", "datetime"),
  column("id", "ID", "ID"),
];

type Named = { name: string; nameEn: string | null };
/** What turns ids and codes into the words of the caller's language. */
export type DealNames = {
  lang: Language;
  pipelines: Map<string, Named>;
  stages: Map<string, Named>;
  lostReasons: Map<string, { label: string; labelEn?: string | null }>;
};

const named = (lang: Language, item: Named | undefined) =>
  item ? nameIn(lang, item.name, item.nameEn) : null;

export function dealRow(deal: Deal, names: DealNames): ExportRow {
  const { lang } = names;
  const lost = deal.lostReason ? names.lostReasons.get(deal.lostReason) : undefined;
  return {
    name: deal.name,
    account: deal.accountName,
    owner: deal.ownerName,
    pipeline: named(lang, names.pipelines.get(deal.pipelineId)),
    stage: named(lang, names.stages.get(deal.stageId)),
    status: labelOf(dealStatusLabels, deal.status, lang),
    amount: deal.amount,
    probability: deal.probability,
    probabilityReason: deal.probabilityReason,
    expectedCloseDate: deal.expectedCloseDate,
    nextMeetingDate: deal.nextMeetingDate,
    nextMeetingPurpose: deal.nextMeetingPurpose,
    decisionMaker: deal.decisionMakerName,
    channel: labelOf(channelLabels, deal.channel, lang),
    bantBudget: deal.bantBudget,
    bantAuthority: deal.bantAuthority,
    bantNeed: deal.bantNeed,
    bantTiming: deal.bantTiming,
    minutesUrl: deal.minutesUrl,
    stale: staleText(deal.stale, lang),
    lostReason: lost ? nameIn(lang, lost.label, lost.labelEn) : deal.lostReason,
    closeDatePushes: deal.closeDatePushes,
    stageEnteredAt: deal.stageEnteredAt,
    createdAt: deal.createdAt,
    updatedAt: deal.updatedAt,
    closedAt: deal.closedAt,
    id: deal.id,
  };
}
