// The forecast endpoints (SPEC C6) as the page and the dashboard's landing card read them.

import type { z } from "zod";
import type {
  Accuracy,
  Forecast,
  ForecastDeals,
  ForecastLanding,
  ForecastSettingsBody,
  forecastCategory,
  forecastDealRef,
  yomiRank,
} from "../../../contract/forecast";
import { api } from "../../api/client";

export type { Accuracy, Forecast, ForecastDeals, ForecastLanding, ForecastSettingsBody };
export type ForecastCategory = z.infer<typeof forecastCategory>;
export type YomiRank = z.infer<typeof yomiRank>;
export type ForecastDeal = z.infer<typeof forecastDealRef>;
export type ForecastRow = Forecast["people"][number];
/** Count, amount and Σ amount × probability of some deals. */
export type Tally = Forecast["categories"]["commit"];
export type StageInput = Forecast["inputs"]["stages"][number];
export type AccuracyPoint = Accuracy["summary"][number];
export type AccuracyKind = Accuracy["kind"];

/** Without a scope the server answers for the caller's natural scope; without a period, this month. */
export type ForecastParams = { scope?: string; period?: string };

/** The deals behind one cell: a category, a ヨミ rank, a close month, one person or team. */
export type DealCell = {
  category?: ForecastCategory;
  yomi?: YomiRank;
  ownerId?: string;
  teamId?: string;
  /** "YYYY-MM", or "none" for the deals without a close date. */
  month?: string;
};

export const forecastKeys = {
  all: ["forecast"] as const,
  view: (params: ForecastParams) => ["forecast", "view", params] as const,
  deals: (params: ForecastParams, cell: DealCell) => ["forecast", "deals", params, cell] as const,
  accuracy: (scope: string | undefined, kind: AccuracyKind) => ["forecast", "accuracy", scope, kind] as const,
  settings: ["forecast", "settings"] as const,
};

/** How many deals a cell's list shows (the server orders them by expected value). */
export const DEALS_SHOWN = 100;

export const fetchForecast = (params: ForecastParams, signal?: AbortSignal) =>
  api.get<Forecast>("/forecast", params, signal);

export const fetchForecastDeals = (params: ForecastParams, cell: DealCell, signal?: AbortSignal) =>
  api.get<ForecastDeals>("/forecast/deals", { ...params, ...cell, limit: DEALS_SHOWN }, signal);

export const fetchAccuracy = (scope: string | undefined, kind: AccuracyKind, signal?: AbortSignal) =>
  api.get<Accuracy>("/forecast/accuracy", { scope, kind }, signal);

export const fetchForecastSettings = (signal?: AbortSignal) =>
  api.get<ForecastSettingsBody>("/forecast/settings", undefined, signal);

export const saveForecastSettings = (body: ForecastSettingsBody) =>
  api.put<ForecastSettingsBody>("/forecast/settings", body);
