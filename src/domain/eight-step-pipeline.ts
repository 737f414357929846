// The 8-step sales process of seed 001 as a pipeline: 見込み客の発掘 → アプローチ・アポイント獲得 →
// ヒアリング・ニーズ把握 → 提案・プレゼンテーション → クロージング → 受注処理・請求書送付, then the
// after-sales steps (アフターフォロー, 紹介依頼), which seed 001 places after the order: they are the
// won stage's follow-up here and the CS renewal pipeline's work, since a pipeline ends at won or lost.
import { check, evidence, lostStage, type PipelineTemplate } from "./pipeline-templates";

export const eightStepPipeline: PipelineTemplate = {
  key: "eight_step",
  name: "営業プロセス（8ステップ）",
  nameEn: "Sales process (8 steps)",
  stages: [
    {
      key: "prospecting",
      name: "見込み客の発掘",
      nameEn: "Prospecting",
      sortOrder: 1,
      probability: 5,
      kind: "open",
      entryConditions: [
        check("target_fit", "ターゲット条件（業種・規模）に合致している", "Fits the target (industry, size)"),
      ],
      requiredEvidence: [],
      requiredFields: [],
      staleDays: 14,
    },
    {
      key: "appointment",
      name: "アプローチ・アポイント獲得",
      nameEn: "Approach & appointment",
      sortOrder: 2,
      probability: 15,
      kind: "open",
      entryConditions: [check("appointment_set", "商談日時が確定した", "Meeting date fixed")],
      requiredEvidence: [],
      requiredFields: ["nextMeetingDate", "nextMeetingPurpose"],
      staleDays: 7,
    },
    {
      key: "hearing",
      name: "ヒアリング・ニーズ把握",
      nameEn: "Hearing & needs",
      sortOrder: 3,
      probability: 30,
      kind: "open",
      entryConditions: [
        check("needs_heard", "課題・要望をヒアリングした", "Issues and needs heard"),
        check("bant_heard", "予算・決裁者・導入時期を確認した", "Budget, authority and timing confirmed"),
      ],
      requiredEvidence: [evidence("minutesUrl", "議事録URL", "Minutes URL", "url")],
      requiredFields: ["minutesUrl", "bantNeed", "nextMeetingDate"],
      staleDays: 10,
    },
    {
      key: "proposal",
      name: "提案・プレゼンテーション",
      nameEn: "Proposal & presentation",
      sortOrder: 4,
      probability: 50,
      kind: "open",
      entryConditions: [
        check(
          "proposal_presented",
          "課題解決のストーリーで提案した",
          "Proposal presented as a solution to the issue",
        ),
        check("next_meeting_agreed", "次回商談の日程に合意した", "Next meeting date agreed"),
      ],
      requiredEvidence: [evidence("proposalUrl", "提案書URL", "Proposal URL", "url")],
      requiredFields: ["amount", "expectedCloseDate", "nextMeetingDate", "decisionMakerId"],
      staleDays: 10,
    },
    {
      key: "closing",
      name: "クロージング（契約）",
      nameEn: "Closing (contract)",
      sortOrder: 5,
      probability: 80,
      kind: "open",
      entryConditions: [
        check("terms_confirmed", "金額・納期・契約条件を最終確認した", "Price, delivery and terms confirmed"),
        check("concerns_resolved", "顧客の不安・疑問点を解消した", "Customer's concerns resolved"),
      ],
      requiredEvidence: [evidence("quoteUrl", "最終見積書URL", "Final quote URL", "url")],
      requiredFields: ["amount", "expectedCloseDate", "decisionMakerId", "bantBudget", "bantTiming"],
      staleDays: 7,
    },
    {
      key: "won",
      name: "受注処理・請求書送付",
      nameEn: "Order processed & invoiced",
      sortOrder: 6,
      probability: 100,
      kind: "won",
      entryConditions: [
        check("contract_signed", "契約を締結した", "Contract signed"),
        check("invoice_sent", "請求書を送付した", "Invoice sent"),
        check(
          "follow_up_planned",
          "アフターフォローと紹介依頼の予定を立てた",
          "After-sales follow-up and referral request planned",
        ),
      ],
      requiredEvidence: [evidence("contractUrl", "契約書URL", "Contract URL", "url")],
      requiredFields: ["amount"],
      staleDays: 0,
    },
    lostStage(7),
  ],
};
