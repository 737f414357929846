// Pipeline and stage settings (admin): ordered stages with their gates (SPEC.md C2).
import { z } from "zod";
import { dealGateFields } from "../domain/pipeline-templates";
import { idSchema } from "./common";

const key = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,49}$/, "lower_snake_case");
const label = z.string().trim().min(1).max(200);
const checklistItem = z.object({ key: z.string().trim().min(1).max(50), label, labelEn: label });

export const stageInput = z.object({
  /** Present for an existing stage; absent for a new one. */
  id: idSchema.optional(),
  key,
  name: label,
  nameEn: label,
  probability: z.number().int().min(0).max(100),
  kind: z.enum(["open", "won", "lost"]),
  entryConditions: z.array(checklistItem).max(20).default([]),
  requiredEvidence: z
    .array(checklistItem.extend({ type: z.enum(["url", "text", "date"]) }))
    .max(20)
    .default([]),
  requiredFields: z.array(z.enum(dealGateFields)).max(dealGateFields.length).default([]),
  /** 0 for closed stages, which are never stale. */
  staleDays: z.number().int().min(0).max(365).default(7),
});
export type StageInput = z.input<typeof stageInput>;

export const pipelineCreate = z.object({
  name: label,
  nameEn: label.optional(),
  /** Start from a template (its stages), or give the stages. */
  templateKey: z.string().max(50).optional(),
  stages: z.array(stageInput).min(3).max(30).optional(),
});

export const pipelineUpdate = z.object({
  version: z.number().int().min(1),
  name: label.optional(),
  nameEn: label.optional(),
  isDefault: z.literal(true).optional(),
  /** The whole ordered list: stages left out are removed (refused while deals are in them). */
  stages: z.array(stageInput).min(3).max(30).optional(),
});
export type PipelineUpdate = z.output<typeof pipelineUpdate>;

export const pipelineTemplate = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  stages: z.array(stageInput.omit({ id: true })),
});
