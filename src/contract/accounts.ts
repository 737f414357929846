import { z } from "zod";
import { idSchema, pageOf, pageQuery, timestamp } from "./common";

export const account = z.object({
  id: idSchema,
  name: z.string(),
  nameKana: z.string().nullable(),
  industry: z.string().nullable(),
  sizeBand: z.string().nullable(),
  region: z.string().nullable(),
  temperature: z.enum(["hot", "warm", "cold"]).nullable(),
  needs: z.string().nullable(),
  notes: z.string().nullable(),
  decisionProcess: z.string().nullable(),
  website: z.string().nullable(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  teamId: idSchema.nullable(),
  openDeals: z.number().int(),
  openAmount: z.number().int(),
  updatedAt: timestamp,
});
export type Account = z.infer<typeof account>;

export const accountSortFields = ["name", "industry", "openAmount", "updatedAt"] as const;
export const accountListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  industry: z.string().max(100).optional(),
  teamId: idSchema.optional(),
  sort: z.enum([...accountSortFields, ...accountSortFields.map((f) => `-${f}` as const)]).default("name"),
  ...pageQuery,
});
export type AccountListQuery = z.infer<typeof accountListQuery>;
export const accountPage = pageOf(account);

export const contact = z.object({
  id: idSchema,
  accountId: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  decisionRole: z.enum(["decision_maker", "influencer", "champion", "user", "gatekeeper"]).nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Contact = z.infer<typeof contact>;

export const accountDetail = account.extend({ contacts: z.array(contact) });
export type AccountDetail = z.infer<typeof accountDetail>;
