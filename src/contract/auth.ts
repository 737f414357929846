import { z } from "zod";
import { functionSchema, idSchema, localeSchema, roleSchema, skillLevelSchema } from "./common";

export const loginRequest = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

export const me = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  role: roleSchema,
  function: functionSchema.nullable(),
  skillLevel: skillLevelSchema.nullable(),
  teamId: idSchema.nullable(),
  teamName: z.string().nullable(),
  locale: localeSchema,
  org: z.object({
    name: z.string(),
    fiscalYearStartMonth: z.number().int(),
    timeZone: z.string(),
    currency: z.string(),
  }),
});
export type Me = z.infer<typeof me>;

export const loginResponse = z.object({ user: me, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;
export const meResponse = z.object({ user: me, csrfToken: z.string().nullable() });
