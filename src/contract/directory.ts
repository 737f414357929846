// Teams, users and pipelines: the reference data every screen needs.
import { z } from "zod";
import { functionSchema, idSchema, roleSchema, skillLevelSchema } from "./common";

export const team = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.enum(["org", "department", "team"]),
});
export type Team = z.infer<typeof team>;

export const user = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  role: roleSchema,
  function: functionSchema.nullable(),
  skillLevel: skillLevelSchema.nullable(),
  teamId: idSchema.nullable(),
  active: z.boolean(),
});
export type User = z.infer<typeof user>;
export const usersQuery = z.object({ teamId: idSchema.optional() });

const checklistItem = z.object({ key: z.string(), label: z.string(), labelEn: z.string() });
export const stage = z.object({
  id: idSchema,
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  probability: z.number().int(),
  kind: z.enum(["open", "won", "lost"]),
  entryConditions: z.array(checklistItem),
  requiredEvidence: z.array(checklistItem.extend({ type: z.enum(["url", "text", "date"]) })),
  requiredFields: z.array(z.string()),
  staleDays: z.number().int(),
});
export type Stage = z.infer<typeof stage>;

export const pipeline = z.object({
  id: idSchema,
  name: z.string(),
  nameEn: z.string().nullable(),
  isDefault: z.boolean(),
  version: z.number().int(),
  stages: z.array(stage),
});
export type Pipeline = z.infer<typeof pipeline>;
