// The pipeline settings form: the pipeline's names and its ordered stages with their gates, as the
// PATCH /pipelines/:id body wants them (src/contract/pipelines.ts), plus client-only row ids.
import type { TFunction } from "i18next";
import type { Pipeline, Stage } from "../../../contract/directory";
import type { StageInput } from "../../../contract/pipelines";
import { pipelineProblems } from "../../../domain/pipeline-rules";
// The list as data from the domain (the contract module would bring zod into the page).
import { dealGateFields as gateFieldKeys } from "../../../domain/pipeline-templates";
import type { PipelineUpdateBody } from "../../api/pipelines";

type GateField = (typeof gateFieldKeys)[number];
export type StageKind = Stage["kind"];
export type EvidenceType = Stage["requiredEvidence"][number]["type"];

export type ChecklistRow = { uid: string; key: string; label: string; labelEn: string };
export type EvidenceRow = ChecklistRow & { type: EvidenceType };
export type StageRow = {
  uid: string;
  id?: string;
  key: string;
  name: string;
  nameEn: string;
  probability: number | string;
  kind: StageKind;
  staleDays: number | string;
  entryConditions: ChecklistRow[];
  requiredEvidence: EvidenceRow[];
  requiredFields: GateField[];
};
export type PipelineFormValues = { name: string; nameEn: string; isDefault: boolean; stages: StageRow[] };

let counter = 0;
/** A row id for React keys only; never sent. */
export const uid = () => `row-${Date.now().toString(36)}-${(counter++).toString(36)}`;

const isGateField = (key: string): key is GateField => (gateFieldKeys as readonly string[]).includes(key);

/** A stage as the server lists it (any field names) or as a template / new row gives it. */
type StageLike = Omit<StageInput, "id" | "requiredFields"> & { id?: string; requiredFields?: string[] };

export function toStageRow(stage: StageLike): StageRow {
  return {
    // Saved stages keep their row id across reloads (the open/closed state of their gate stays).
    uid: stage.id ?? uid(),
    id: stage.id,
    key: stage.key,
    name: stage.name,
    nameEn: stage.nameEn,
    probability: stage.probability,
    kind: stage.kind,
    staleDays: stage.staleDays ?? 7,
    entryConditions: (stage.entryConditions ?? []).map((c) => ({ ...c, uid: uid() })),
    requiredEvidence: (stage.requiredEvidence ?? []).map((e) => ({ ...e, uid: uid() })),
    requiredFields: (stage.requiredFields ?? []).filter(isGateField),
  };
}

export function toFormValues(pipeline: Pipeline): PipelineFormValues {
  return {
    name: pipeline.name,
    nameEn: pipeline.nameEn ?? "",
    isDefault: pipeline.isDefault,
    stages: [...pipeline.stages].sort((a, b) => a.sortOrder - b.sortOrder).map(toStageRow),
  };
}

const strip = <T extends { uid: string }>({ uid: _, ...rest }: T) => rest;

export function toStageInputs(values: PipelineFormValues): StageInput[] {
  return values.stages.map((s) => ({
    ...(s.id ? { id: s.id } : {}),
    key: s.key.trim(),
    name: s.name.trim(),
    nameEn: s.nameEn.trim(),
    probability: Number(s.probability),
    kind: s.kind,
    // Closed stages are never stale: 0 says so.
    staleDays: s.kind === "open" ? Number(s.staleDays) : 0,
    entryConditions: s.entryConditions.map(strip).map(trimItem),
    requiredEvidence: s.requiredEvidence.map(strip).map((e) => ({ ...trimItem(e), type: e.type })),
    requiredFields: s.requiredFields,
  }));
}

const trimItem = (item: { key: string; label: string; labelEn: string }) => ({
  key: item.key.trim(),
  label: item.label.trim(),
  labelEn: item.labelEn.trim(),
});

export function toUpdateBody(values: PipelineFormValues, pipeline: Pipeline): PipelineUpdateBody {
  return {
    version: pipeline.version,
    name: values.name.trim(),
    nameEn: values.nameEn.trim() || undefined,
    ...(values.isDefault && !pipeline.isDefault ? { isDefault: true as const } : {}),
    stages: toStageInputs(values),
  };
}

const stageKey = /^[a-z][a-z0-9_]{0,49}$/;

/** Field errors by form path (the contract's limits), so that the admin sees them beside the input. */
export function validatePipeline(values: PipelineFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = (path: string, value: string, max = 200) => {
    if (value.trim() === "") errors[path] = t("validation.required");
    else if (value.trim().length > max) errors[path] = t("validation.tooLong", { max });
  };
  required("name", values.name);
  if (values.nameEn.trim().length > 200) errors.nameEn = t("validation.tooLong", { max: 200 });
  values.stages.forEach((s, i) => {
    const p = `stages.${i}`;
    required(`${p}.name`, s.name);
    required(`${p}.nameEn`, s.nameEn);
    if (!stageKey.test(s.key.trim())) errors[`${p}.key`] = t("pipelines.keyFormat");
    const probability = Number(s.probability);
    if (s.probability === "" || !Number.isInteger(probability) || probability < 0 || probability > 100)
      errors[`${p}.probability`] = t("validation.probability");
    const stale = Number(s.staleDays);
    if (s.kind === "open" && (s.staleDays === "" || !Number.isInteger(stale) || stale < 1 || stale > 365))
      errors[`${p}.staleDays`] = t("pipelines.staleDaysRange");
    s.entryConditions.forEach((c, j) => {
      required(`${p}.entryConditions.${j}.key`, c.key, 50);
      required(`${p}.entryConditions.${j}.label`, c.label);
      required(`${p}.entryConditions.${j}.labelEn`, c.labelEn);
    });
    s.requiredEvidence.forEach((e, j) => {
      required(`${p}.requiredEvidence.${j}.key`, e.key, 50);
      required(`${p}.requiredEvidence.${j}.label`, e.label);
      required(`${p}.requiredEvidence.${j}.labelEn`, e.labelEn);
    });
  });
  return errors;
}

/** Whole-pipeline problems (the same rule the server applies), in the UI language. */
export function pipelineProblemTexts(values: PipelineFormValues, t: TFunction): string[] {
  const stages = toStageInputs(values).map((s) => ({
    ...s,
    entryConditions: s.entryConditions ?? [],
    requiredEvidence: s.requiredEvidence ?? [],
  }));
  return pipelineProblems(stages).map((p) => problemText(p, t));
}

export function problemText(p: { problem: string; key?: string; count?: number }, t: TFunction): string {
  switch (p.problem) {
    case "no_open_stage":
      return t("pipelines.problem.noOpenStage");
    case "won_stage_count":
      return t("pipelines.problem.wonCount", { count: p.count ?? 0 });
    case "lost_stage_count":
      return t("pipelines.problem.lostCount", { count: p.count ?? 0 });
    case "duplicate_key":
      return t("pipelines.problem.duplicateKey", { key: p.key ?? "" });
    default:
      return p.problem;
  }
}

/** A key not used yet in a list: "stage_4", "check_2". */
export function nextKey(prefix: string, used: string[]): string {
  let n = used.length + 1;
  while (used.includes(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}
