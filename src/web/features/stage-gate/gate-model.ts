// What the checklist dialog shows and sends, derived from the one gate rule in src/domain/stage-gate.ts
// (the server runs the same function): nothing here decides on its own what a stage needs.
import type { Deal, StageMove } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
// The list as data from the domain (the contract module would bring zod into the page).
import { dealGateFields as gateFieldKeys } from "../../../domain/pipeline-templates";
import {
  checkStageGate,
  type GateCheck,
  isValidEvidence,
  type MissingItem,
} from "../../../domain/stage-gate";

export type GateField = (typeof gateFieldKeys)[number];
const gateFields = new Set<string>(gateFieldKeys);
export const isGateField = (key: string): key is GateField => gateFields.has(key);

/** What the user has ticked and typed in the dialog. */
export type GateValues = {
  conditions: string[];
  evidence: Record<string, string>;
  /** Missing deal fields as the inputs hold them (money as a number, dates as "YYYY-MM-DD"). */
  fields: Partial<Record<GateField, string | number | null>>;
  lostReason: string | null;
  override: boolean;
  overrideReason: string;
};

export const emptyGateValues: GateValues = {
  conditions: [],
  evidence: {},
  fields: {},
  lostReason: null,
  override: false,
  overrideReason: "",
};

type ChecklistItem = Stage["entryConditions"][number];
type EvidenceItem = Stage["requiredEvidence"][number];

/** One gated stage as the dialog lists it; an item asked for by several stages appears once. */
export type GateSection = {
  stage: Stage;
  /** A stage passed over on the way to the target (its gate applies too). */
  skipped: boolean;
  conditions: ChecklistItem[];
  evidence: EvidenceItem[];
  /** Required deal fields the deal does not have yet (and that no evidence input already asks for). */
  fields: GateField[];
  /** The lost reason pick list (a move to a lost stage). */
  lostReason: boolean;
};

/** Evidence the deal already holds in a field of the same key counts as supplied (as on the server). */
export function evidenceFromDeal(deal: Deal, stages: Stage[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of stages.flatMap((s) => s.requiredEvidence)) {
    const own = (deal as Record<string, unknown>)[item.key];
    if (typeof own === "string" && own.trim() !== "") out[item.key] = own;
  }
  return out;
}

/** The deal field values a move would send, in API form; blanks are left out. */
export function fieldsToApi(values: GateValues["fields"]): Partial<Record<GateField, string | number>> {
  const out: Partial<Record<GateField, string | number>> = {};
  for (const [key, value] of Object.entries(values) as [GateField, string | number | null][]) {
    if (value === null || value === undefined) continue;
    if (typeof value === "string" && value.trim() === "") continue;
    out[key] = typeof value === "string" ? value.trim() : value;
  }
  return out;
}

/** Evidence inputs whose key is a deal field (e.g. minutesUrl) also fill that field. */
function evidenceAsFields(evidence: Record<string, string>, deal: Deal) {
  const out: Partial<Record<GateField, string>> = {};
  for (const [key, value] of Object.entries(evidence)) {
    const v = value.trim();
    if (isGateField(key) && v !== "" && v !== (deal as Record<string, unknown>)[key]) out[key] = v;
  }
  return out;
}

export type GateContext = { deal: Deal; stages: Stage[]; to: Stage; lostReasonKeys: string[] };

/** The gate as it stands with the dialog's values (or with nothing ticked: what the move needs). */
export function evaluateGate(ctx: GateContext, values: GateValues = emptyGateValues): GateCheck | null {
  const from = ctx.stages.find((s) => s.id === ctx.deal.stageId);
  if (!from) return null; // not a stage of this pipeline: the server decides
  const evidence = { ...evidenceFromDeal(ctx.deal, ctx.stages), ...trimmed(values.evidence) };
  return checkStageGate({
    stages: ctx.stages,
    from,
    to: ctx.to,
    deal: { ...ctx.deal, ...fieldsToApi(values.fields), ...evidenceAsFields(values.evidence, ctx.deal) },
    conditions: values.conditions,
    evidence,
    lostReason: values.lostReason,
    lostReasonKeys: ctx.lostReasonKeys,
  });
}

function trimmed(evidence: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(evidence)
      .map(([k, v]) => [k, v.trim()] as const)
      .filter(([, v]) => v !== ""),
  );
}

/** True when the move cannot go straight through: the dialog has something to ask. */
export function needsChecklist(ctx: GateContext): boolean {
  const check = evaluateGate(ctx);
  return check !== null && check.missing.length > 0;
}

/** The dialog's sections, from the gate with nothing ticked yet. */
export function gateSections(ctx: GateContext): GateSection[] {
  const check = evaluateGate(ctx);
  if (!check) return [];
  const seen = new Set<string>();
  const once = (kind: string, key: string) => {
    const id = `${kind}:${key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  const evidenceKeys = new Set(check.gatedStages.flatMap((s) => s.requiredEvidence.map((e) => e.key)));
  return check.gatedStages.map((gated) => {
    const stage = ctx.stages.find((s) => s.id === gated.id) ?? (gated as Stage);
    const missingHere = check.missing.filter((m) => m.stageKey === stage.key && m.kind === "field");
    return {
      stage,
      skipped: stage.id !== ctx.to.id,
      conditions: stage.entryConditions.filter((c) => once("condition", c.key)),
      evidence: stage.requiredEvidence.filter((e) => once("evidence", e.key)),
      fields: missingHere
        .map((m) => m.key)
        .filter((key): key is GateField => isGateField(key) && !evidenceKeys.has(key) && once("field", key)),
      lostReason: missingHere.some((m) => m.key === "lostReason"),
    };
  });
}

/** Values the server would refuse as malformed (the contract's limits), before it has to. */
export function fieldProblems(values: GateValues): Partial<Record<GateField, "url" | "tooLong">> {
  const out: Partial<Record<GateField, "url" | "tooLong">> = {};
  for (const [key, value] of Object.entries(values.fields) as [GateField, string | number | null][]) {
    if (typeof value !== "string" || value.trim() === "") continue;
    if (key === "minutesUrl" && !isValidEvidence("url", value.trim())) out[key] = "url";
    else if (value.trim().length > (key === "minutesUrl" ? 2000 : 500)) out[key] = "tooLong";
  }
  return out;
}

/** "condition:key" — how the dialog marks an item the gate (or the server) found missing. */
export const itemId = (kind: MissingItem["kind"], key: string) => `${kind}:${key}`;

/** The request body for POST /deals/:id/stage. */
export function toStageMove(ctx: GateContext, version: number, values: GateValues): StageMove {
  const fields = {
    ...fieldsToApi(values.fields),
    ...evidenceAsFields(values.evidence, ctx.deal),
  } as StageMove["fields"] & object;
  const evidence = trimmed(values.evidence);
  return {
    stageId: ctx.to.id,
    version,
    conditions: values.conditions,
    evidence,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...(ctx.to.kind === "lost" && values.lostReason ? { lostReason: values.lostReason } : {}),
    ...(values.override && values.overrideReason.trim() !== ""
      ? { overrideReason: values.overrideReason.trim() }
      : {}),
  };
}
