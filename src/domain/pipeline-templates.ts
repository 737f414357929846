// Built-in pipelines and the lost-reason pick list (seed 000: stages defined by entry conditions and
// required evidence, progress % per stage; seed 001: The Model, CS owns expansion and renewal).
// Pure data: the same shapes as the database columns, declared here so that `domain` imports nothing.

export type ChecklistItem = { key: string; label: string; labelEn: string };
export type EvidenceItem = ChecklistItem & { type: "url" | "text" | "date" };
export type PickItem = { key: string; label: string; labelEn: string };
export type StageKind = "open" | "won" | "lost";

/** Deal fields a stage may require before a deal enters it. */
export const dealGateFields = [
  "amount",
  "expectedCloseDate",
  "nextMeetingDate",
  "nextMeetingPurpose",
  "decisionMakerId",
  "minutesUrl",
  "bantBudget",
  "bantAuthority",
  "bantNeed",
  "bantTiming",
] as const;
export type DealGateField = (typeof dealGateFields)[number];

export type StageTemplate = {
  key: string;
  name: string;
  nameEn: string;
  sortOrder: number;
  /** Default probability in percent (進捗率). */
  probability: number;
  kind: StageKind;
  entryConditions: ChecklistItem[];
  requiredEvidence: EvidenceItem[];
  requiredFields: DealGateField[];
  /** Days without an update after which an open deal is stale; closed stages are never stale (0). */
  staleDays: number;
};

export type PipelineTemplate = { key: string; name: string; nameEn: string; stages: StageTemplate[] };

export const check = (key: string, label: string, labelEn: string): ChecklistItem => ({
  key,
  label,
  labelEn,
});
export const evidence = (
  key: string,
  label: string,
  labelEn: string,
  type: EvidenceItem["type"],
): EvidenceItem => ({
  key,
  label,
  labelEn,
  type,
});

/** A lost stage: no gate of its own (the lost reason is asked for every loss), never stale. */
export const lostStage = (sortOrder: number, name = "失注", nameEn = "Lost"): StageTemplate => ({
  key: "lost",
  name,
  nameEn,
  sortOrder,
  probability: 0,
  kind: "lost",
  entryConditions: [],
  requiredEvidence: [],
  requiredFields: [],
  staleDays: 0,
});

export const defaultB2bPipeline: PipelineTemplate = {
  key: "new_business",
  name: "新規開拓パイプライン",
  nameEn: "New business",
  stages: [
    {
      key: "lead",
      name: "リード獲得",
      nameEn: "Lead acquired",
      sortOrder: 1,
      probability: 10,
      kind: "open",
      entryConditions: [
        check("company_identified", "企業名と担当者を特定した", "Company and contact identified"),
        check("source_recorded", "流入経路（チャネル）を記録した", "Lead source (channel) recorded"),
      ],
      requiredEvidence: [],
      requiredFields: [],
      staleDays: 7,
    },
    {
      key: "first_meeting",
      name: "初回商談",
      nameEn: "First meeting",
      sortOrder: 2,
      probability: 30,
      kind: "open",
      entryConditions: [
        check("meeting_held", "初回商談を実施した", "First meeting held"),
        check(
          "situation_heard",
          "現状の営業体制と課題をヒアリングした",
          "Current situation and issues heard",
        ),
      ],
      requiredEvidence: [evidence("minutesUrl", "議事録URL", "Minutes URL", "url")],
      requiredFields: ["minutesUrl", "nextMeetingDate", "nextMeetingPurpose"],
      staleDays: 7,
    },
    {
      key: "problem_agreed",
      name: "課題合意",
      nameEn: "Problem agreed",
      sortOrder: 3,
      probability: 45,
      kind: "open",
      entryConditions: [
        check(
          "problem_agreed",
          "解決すべき課題について顧客と合意した",
          "Customer agreed on the problem to solve",
        ),
        check(
          "decision_maker_identified",
          "決裁者と稟議ルートを特定した",
          "Decision maker and approval route identified",
        ),
        check("budget_range_heard", "予算感をヒアリングした", "Budget range heard"),
      ],
      requiredEvidence: [
        evidence("agreedIssues", "合意した課題（要約）", "Agreed problem (summary)", "text"),
      ],
      requiredFields: ["decisionMakerId", "bantNeed", "bantAuthority", "nextMeetingDate"],
      staleDays: 10,
    },
    {
      key: "proposal",
      name: "提案・見積",
      nameEn: "Proposal & quote",
      sortOrder: 4,
      probability: 60,
      kind: "open",
      entryConditions: [
        check("proposal_sent", "提案書・見積書を提出した", "Proposal and quote sent"),
        check("next_meeting_agreed", "次回商談の日程に合意した", "Next meeting date agreed"),
      ],
      requiredEvidence: [evidence("proposalUrl", "提案書URL", "Proposal URL", "url")],
      requiredFields: ["amount", "expectedCloseDate", "nextMeetingDate"],
      staleDays: 10,
    },
    {
      key: "closing",
      name: "クロージング",
      nameEn: "Closing",
      sortOrder: 5,
      probability: 80,
      kind: "open",
      entryConditions: [
        check(
          "decision_maker_positive",
          "決裁者から前向きな回答を得た",
          "Decision maker responded positively",
        ),
        check("approval_started", "先方の稟議・社内承認が開始された", "Customer's internal approval started"),
        check("terms_agreed", "金額・開始時期などの条件に合意した", "Price and start date agreed"),
      ],
      requiredEvidence: [evidence("approvalDate", "稟議・決裁予定日", "Expected approval date", "date")],
      requiredFields: ["amount", "expectedCloseDate", "decisionMakerId", "bantBudget", "bantTiming"],
      staleDays: 7,
    },
    {
      key: "won",
      name: "受注",
      nameEn: "Won",
      sortOrder: 6,
      probability: 100,
      kind: "won",
      entryConditions: [
        check("contract_received", "契約書・注文書を受領した", "Contract or purchase order received"),
      ],
      requiredEvidence: [evidence("contractUrl", "契約書・注文書URL", "Contract / PO URL", "url")],
      requiredFields: ["amount"],
      staleDays: 0,
    },
    lostStage(7),
  ],
};

/** Customer success: renewals and expansion of existing customers, a shorter cycle. */
export const renewalPipeline: PipelineTemplate = {
  key: "renewal",
  name: "既存深耕・更新",
  nameEn: "Expansion & renewal",
  stages: [
    {
      key: "renewal_opportunity",
      name: "更新・拡大機会",
      nameEn: "Opportunity",
      sortOrder: 1,
      probability: 20,
      kind: "open",
      entryConditions: [
        check("usage_reviewed", "利用状況・活用度を確認した", "Usage and adoption reviewed"),
        check("renewal_date_confirmed", "契約更新日を確認した", "Renewal date confirmed"),
      ],
      requiredEvidence: [],
      requiredFields: ["expectedCloseDate"],
      staleDays: 14,
    },
    {
      key: "renewal_proposal",
      name: "更新・追加提案",
      nameEn: "Renewal proposal",
      sortOrder: 2,
      probability: 50,
      kind: "open",
      entryConditions: [
        check("proposal_sent", "更新・追加の提案書を提出した", "Renewal or upsell proposal sent"),
      ],
      requiredEvidence: [evidence("proposalUrl", "提案書URL", "Proposal URL", "url")],
      requiredFields: ["amount", "nextMeetingDate"],
      staleDays: 14,
    },
    {
      key: "renewal_agreement",
      name: "合意・稟議中",
      nameEn: "Agreed, in approval",
      sortOrder: 3,
      probability: 80,
      kind: "open",
      entryConditions: [
        check("customer_agreed", "継続・追加の意向を確認した", "Customer confirmed the renewal or upsell"),
        check("approval_started", "先方の稟議が開始された", "Customer's approval started"),
      ],
      requiredEvidence: [evidence("approvalDate", "稟議・決裁予定日", "Expected approval date", "date")],
      requiredFields: ["amount", "expectedCloseDate", "decisionMakerId"],
      staleDays: 14,
    },
    {
      key: "won",
      name: "更新・受注",
      nameEn: "Renewed / won",
      sortOrder: 4,
      probability: 100,
      kind: "won",
      entryConditions: [
        check("contract_received", "契約書・注文書を受領した", "Contract or purchase order received"),
      ],
      requiredEvidence: [evidence("contractUrl", "契約書・注文書URL", "Contract / PO URL", "url")],
      requiredFields: ["amount"],
      staleDays: 0,
    },
    lostStage(5, "解約・失注", "Churned / lost"),
  ],
};

export const defaultLostReasons: PickItem[] = [
  { key: "price", label: "価格", labelEn: "Price" },
  { key: "competitor", label: "競合", labelEn: "Competitor" },
  { key: "timing", label: "時期尚早", labelEn: "Timing" },
  { key: "no_budget", label: "予算不足", labelEn: "No budget" },
  { key: "missing_features", label: "機能不足", labelEn: "Missing features" },
  { key: "no_decision", label: "決裁者不在・稟議否決", labelEn: "No decision / approval rejected" },
  { key: "no_response", label: "連絡途絶", labelEn: "No response" },
  { key: "other", label: "その他", labelEn: "Other" },
];
