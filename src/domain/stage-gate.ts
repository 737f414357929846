// The stage gate (SPEC.md C2, seed 000): a deal enters a stage only with that stage's entry conditions
// ticked, its evidence supplied and its required fields filled — and, moving forward over several
// stages, those of every stage it skips. Backward moves are free; lost needs a reason from the pick
// list; won needs the amount and the close date.

export type GateStage = {
  id: string;
  key: string;
  name: string;
  nameEn: string;
  sortOrder: number;
  kind: "open" | "won" | "lost";
  entryConditions: { key: string; label: string; labelEn: string }[];
  requiredEvidence: { key: string; label: string; labelEn: string; type: "url" | "text" | "date" }[];
  requiredFields: string[];
};

export type MissingItem = {
  kind: "condition" | "evidence" | "field";
  key: string;
  label: string;
  labelEn: string;
  /** The stage whose gate asks for it. */
  stageKey: string;
};

export type GateCheck = {
  direction: "forward" | "backward" | "close" | "reopen";
  /** The stages whose gates the move passes through, in order. */
  gatedStages: GateStage[];
  missing: MissingItem[];
  /** Missing closing facts (lost reason; won's amount and close date), which no override replaces. */
  closingFacts: MissingItem[];
};

export type GateInput = {
  stages: GateStage[];
  from: GateStage;
  to: GateStage;
  /** The deal's fields as they will be after the move (current values with any supplied in the move). */
  deal: Record<string, unknown>;
  conditions: string[];
  evidence: Record<string, string>;
  lostReason: string | null | undefined;
  lostReasonKeys: string[];
};

/** Labels of the deal fields a gate may ask for (ja / en). */
export const gateFieldLabels: Record<string, { ja: string; en: string }> = {
  amount: { ja: "受注見込み金額", en: "Amount" },
  expectedCloseDate: { ja: "受注予定日", en: "Expected close date" },
  nextMeetingDate: { ja: "次回商談日", en: "Next meeting date" },
  nextMeetingPurpose: { ja: "次回目的", en: "Next meeting purpose" },
  decisionMakerId: { ja: "決裁者", en: "Decision maker" },
  minutesUrl: { ja: "議事録URL", en: "Minutes URL" },
  bantBudget: { ja: "BANT: 予算", en: "BANT: budget" },
  bantAuthority: { ja: "BANT: 決裁権", en: "BANT: authority" },
  bantNeed: { ja: "BANT: ニーズ", en: "BANT: need" },
  bantTiming: { ja: "BANT: 導入時期", en: "BANT: timing" },
  lostReason: { ja: "失注理由", en: "Lost reason" },
};

/** Won always needs these, whatever the stage's own settings say. */
const wonFields = ["amount", "expectedCloseDate"];

export function checkStageGate(input: GateInput): GateCheck {
  const { from, to } = input;
  if (to.kind === "lost") {
    const ok = input.lostReason != null && input.lostReasonKeys.includes(input.lostReason);
    const missing = ok ? [] : [fieldItem("lostReason", to)];
    return { direction: "close", gatedStages: [to], missing, closingFacts: missing };
  }
  const direction =
    from.kind !== "open"
      ? "reopen"
      : to.kind === "won"
        ? "close"
        : to.sortOrder > from.sortOrder
          ? "forward"
          : "backward";
  if (direction === "backward") return { direction, gatedStages: [], missing: [], closingFacts: [] };
  const gatedStages =
    direction === "reopen"
      ? [to]
      : input.stages
          .filter((s) => s.sortOrder > from.sortOrder && s.sortOrder <= to.sortOrder && s.kind !== "lost")
          .filter((s) => s.kind === "open" || s.id === to.id)
          .sort((a, b) => a.sortOrder - b.sortOrder);
  const missing = missingFor(gatedStages, input);
  const closingFacts =
    to.kind === "won" ? missing.filter((m) => m.kind === "field" && wonFields.includes(m.key)) : [];
  return { direction, gatedStages, missing, closingFacts };
}

function missingFor(gatedStages: GateStage[], input: GateInput): MissingItem[] {
  const missing: MissingItem[] = [];
  const seen = new Set<string>();
  const add = (item: MissingItem) => {
    const id = `${item.kind}:${item.key}`;
    if (!seen.has(id)) missing.push(item);
    seen.add(id);
  };
  for (const stage of gatedStages) {
    for (const condition of stage.entryConditions) {
      if (!input.conditions.includes(condition.key))
        add({ kind: "condition", ...condition, stageKey: stage.key });
    }
    for (const item of stage.requiredEvidence) {
      if (!isValidEvidence(item.type, input.evidence[item.key])) {
        add({
          kind: "evidence",
          key: item.key,
          label: item.label,
          labelEn: item.labelEn,
          stageKey: stage.key,
        });
      }
    }
    const fields =
      stage.kind === "won" ? [...new Set([...stage.requiredFields, ...wonFields])] : stage.requiredFields;
    for (const field of fields) if (isBlank(input.deal[field])) add(fieldItem(field, stage));
  }
  return missing;
}

function fieldItem(field: string, stage: GateStage): MissingItem {
  const label = gateFieldLabels[field] ?? { ja: field, en: field };
  return { kind: "field", key: field, label: label.ja, labelEn: label.en, stageKey: stage.key };
}

export function isBlank(value: unknown) {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function isValidEvidence(type: "url" | "text" | "date", value: string | undefined) {
  if (value === undefined || value.trim() === "") return false;
  switch (type) {
    case "text":
      return true;
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
    case "url":
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
  }
}

/** Whether a recorded stage change carried everything its target stage asks to tick and show. */
export function hadFullEvidence(
  stage: Pick<GateStage, "entryConditions" | "requiredEvidence">,
  conditions: string[],
  evidenceKeys: string[],
) {
  return (
    stage.entryConditions.every((c) => conditions.includes(c.key)) &&
    stage.requiredEvidence.every((e) => evidenceKeys.includes(e.key))
  );
}

/** A probability set away from the stage's default needs a reason (seed 000: 確度 is evidence-based). */
export function needsProbabilityReason(
  probability: number,
  stageDefault: number,
  reason: string | null | undefined,
) {
  return probability !== stageDefault && isBlank(reason);
}
