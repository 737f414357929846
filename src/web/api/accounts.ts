import type { z } from "zod";
import type { AccountDetail, AccountListQuery, accountPage } from "../../contract/accounts";
import { api } from "./client";

export type AccountPage = z.infer<typeof accountPage>;
export type AccountListParams = Partial<AccountListQuery>;

export const accountKeys = {
  all: ["accounts"] as const,
  list: (params: AccountListParams) => ["accounts", "list", params] as const,
  detail: (id: string) => ["accounts", "detail", id] as const,
  industries: ["accounts", "industries"] as const,
};

export const fetchAccounts = (params: AccountListParams, signal?: AbortSignal) =>
  api.get<AccountPage>("/accounts", params, signal);
export const fetchAccount = (id: string, signal?: AbortSignal) =>
  api.get<AccountDetail>(`/accounts/${encodeURIComponent(id)}`, undefined, signal);
/** The industries the caller's accounts carry, for the list filter. */
export const fetchIndustries = (signal?: AbortSignal) =>
  api.get<string[]>("/accounts/industries", undefined, signal);
