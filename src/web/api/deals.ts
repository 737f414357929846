import type { z } from "zod";
import type {
  Board,
  BoardQuery,
  Deal,
  DealCreate,
  DealDetail,
  DealListQuery,
  DealPatch,
  dealPage,
  stageMove,
} from "../../contract/deals";
import { api } from "./client";

export type DealPage = z.infer<typeof dealPage>;
/** The body as sent: fields with a server-side default (conditions, evidence) may be left out. */
export type StageMoveBody = z.input<typeof stageMove>;
/** List filters as the web sends them: everything optional, the server fills the defaults. */
export type DealListParams = Partial<DealListQuery>;
// (`stale: true` goes out as "?stale=true", which is what the server's query schema reads.)

export const dealKeys = {
  all: ["deals"] as const,
  list: (params: DealListParams) => ["deals", "list", params] as const,
  detail: (id: string) => ["deals", "detail", id] as const,
  board: (query: BoardQuery) => ["board", query] as const,
  boards: ["board"] as const,
};

export const fetchBoard = (query: BoardQuery, signal?: AbortSignal) =>
  api.get<Board>("/board", query, signal);
export const fetchDeals = (params: DealListParams, signal?: AbortSignal) =>
  api.get<DealPage>("/deals", params, signal);
export const fetchDeal = (id: string, signal?: AbortSignal) =>
  api.get<DealDetail>(`/deals/${encodeURIComponent(id)}`, undefined, signal);
export const createDeal = (body: DealCreate) => api.post<Deal>("/deals", body);
export const patchDeal = (id: string, body: DealPatch) =>
  api.patch<Deal>(`/deals/${encodeURIComponent(id)}`, body);
export const moveDealStage = (id: string, body: StageMoveBody) =>
  api.post<Deal>(`/deals/${encodeURIComponent(id)}/stage`, body);
