import type { DataQuality } from "../../contract/data-quality";
import { api } from "./client";

/** Without a scope the server answers for the caller's natural scope (self, team or org). */
export type DataQualityParams = { scope?: string; days?: number };

export const dataQualityKeys = {
  all: ["data-quality"] as const,
  scope: (params: DataQualityParams) => ["data-quality", params] as const,
};

export const fetchDataQuality = (params: DataQualityParams, signal?: AbortSignal) =>
  api.get<DataQuality>("/data-quality", params, signal);
