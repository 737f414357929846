import type { z } from "zod";
import type { ApiToken, apiTokenCreate, apiTokenCreated } from "../../contract/auth";
import { api } from "./client";

export type ApiTokenCreateBody = z.input<typeof apiTokenCreate>;
export type ApiTokenCreated = z.infer<typeof apiTokenCreated>;
export type { ApiToken };

export const apiTokenKeys = { all: ["api-tokens"] as const };

export const fetchApiTokens = (signal?: AbortSignal) => api.get<ApiToken[]>("/me/tokens", undefined, signal);
export const createApiToken = (body: ApiTokenCreateBody) => api.post<ApiTokenCreated>("/me/tokens", body);
export const revokeApiToken = (id: string) => api.delete<unknown>(`/me/tokens/${encodeURIComponent(id)}`);
