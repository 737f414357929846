import type { ChannelConversion, InsideSales } from "../../contract/inside-sales";
import { api } from "./client";

export type { ChannelConversion, InsideSales };
export type InsideSalesParams = { scope?: string; period?: string };

export const insideSalesKeys = {
  all: ["inside-sales"] as const,
  view: (params: InsideSalesParams) => ["inside-sales", params] as const,
};

export const fetchInsideSales = (params: InsideSalesParams, signal?: AbortSignal) =>
  api.get<InsideSales>("/inside-sales", params, signal);
