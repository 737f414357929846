// The forecast of a scope and period (SPEC.md C6): the weighted pipeline by forecast category and
// ヨミ rank, coverage of the remaining target, the statistical landing from the org's own history with
// the inputs behind it, and how accurate past forecasts were.
import { z } from "zod";
import { dateOnly, idSchema, scopeParam } from "./common";
import { periodRef, scopeRef } from "./dashboard";
import { forecastCategory } from "./deals";

export { forecastCategory };
export const yomiRank = z.enum(["A", "B", "C", "D"]);

export const forecastQuery = z.object({
  scope: scopeParam.optional(),
  /** "2026-11", "FY2026-Q3", "FY2026"…; this month when absent. */
  period: z.string().max(20).optional(),
});
export type ForecastQuery = z.infer<typeof forecastQuery>;

export const tally = z.object({
  count: z.number().int(),
  amount: z.number().int(),
  /** Σ amount × probability, in whole yen. */
  weighted: z.number().int(),
});
const byCategory = z.object(
  Object.fromEntries(forecastCategory.options.map((c) => [c, tally])) as Record<
    z.infer<typeof forecastCategory>,
    typeof tally
  >,
);
const byYomi = z.object(
  Object.fromEntries(yomiRank.options.map((r) => [r, tally])) as Record<
    z.infer<typeof yomiRank>,
    typeof tally
  >,
);

export const coverage = z.object({
  openAmount: z.number().int(),
  remaining: z.number().int().nullable(),
  /** Open amount ÷ remaining target; null without a target or once it is reached. */
  ratio: z.number().nullable(),
  rule: z.number(),
});

export const forecastSettings = z.object({
  /** ヨミ lower bounds in percent: A ≥ a, B ≥ b, C ≥ c, D below. */
  yomi: z.object({
    a: z.number().int().min(1).max(100),
    b: z.number().int().min(1).max(99),
    c: z.number().int().min(1).max(98),
  }),
  coverageRule: z.number().min(0.5).max(20),
  lookbackMonths: z.number().int().min(3).max(36),
});
export type ForecastSettingsBody = z.infer<typeof forecastSettings>;

/** One person or team of the scope: its pipeline closing in the period against its target. */
export const forecastRow = z.object({
  ref: scopeRef,
  target: z.number().nullable(),
  wonToDate: z.number().int(),
  total: tally,
  categories: byCategory,
  yomi: byYomi,
  coverage,
});

export const landing = z.object({
  wonToDate: z.number().int(),
  p10: z.number().int(),
  p50: z.number().int(),
  p90: z.number().int(),
  /** Won to date + Σ amount × chance of each open deal. */
  expected: z.number().int(),
  target: z.number().nullable(),
  /** P50 ÷ target. */
  achievement: z.number().nullable(),
  runs: z.number().int(),
  seed: z.number().int(),
});
export type ForecastLanding = z.infer<typeof landing>;

export const stageInput = z.object({
  stageId: idSchema,
  name: z.string(),
  nameEn: z.string(),
  probability: z.number().int(),
  /** Closed deals of the lookback that passed through the stage, and how many of them were won. */
  closed: z.number().int(),
  won: z.number().int(),
  winRate: z.number().nullable(),
  medianDaysToClose: z.number().nullable(),
  /** "history": the rate rests on enough closed deals; "stage": too few, the stage probability is used. */
  source: z.enum(["history", "stage"]),
  openDeals: z.number().int(),
  bands: z.array(
    z.object({
      ageFrom: z.number().int(),
      closed: z.number().int(),
      won: z.number().int(),
      winRate: z.number().nullable(),
    }),
  ),
});

export const forecastDealRef = z.object({
  id: idSchema,
  name: z.string(),
  ownerName: z.string(),
  stageName: z.string(),
  amount: z.number().int(),
  probability: z.number().int(),
  expectedCloseDate: dateOnly.nullable(),
  category: forecastCategory,
  yomi: yomiRank,
  /** Probability of being won within the period, as the simulation uses it. */
  chance: z.number(),
  basis: z.enum(["history", "stage"]),
  expected: z.number().int(),
  share: z.number().nullable(),
});

export const forecast = z.object({
  scope: scopeRef,
  breadcrumb: z.array(scopeRef),
  children: z.array(scopeRef),
  period: periodRef,
  today: dateOnly,
  settings: forecastSettings,
  target: z.number().nullable(),
  /** The open deals of the scope expected to close in the period, and the classic landing. */
  weighted: tally.extend({ landing: z.number().int() }),
  /** Every open deal of the scope by expected close month (null: no date). */
  byCloseMonth: z.array(z.object({ month: z.string().nullable(), ...tally.shape })),
  categories: byCategory,
  yomi: byYomi,
  coverage,
  /** Coverage counting only the commit category: commit amount ÷ remaining target. */
  commitCoverage: z.number().nullable(),
  people: z.array(forecastRow),
  teams: z.array(forecastRow),
  landing,
  inputs: z.object({
    lookbackMonths: z.number().int(),
    since: dateOnly,
    minClosed: z.number().int(),
    stages: z.array(stageInput),
    /** Open deals whose chance came from history, and from their stage probability. */
    byHistory: z.number().int(),
    byStage: z.number().int(),
    topDeals: z.array(forecastDealRef),
  }),
});
export type Forecast = z.infer<typeof forecast>;

export const forecastDealsQuery = forecastQuery.extend({
  category: forecastCategory.optional(),
  yomi: yomiRank.optional(),
  /** Only the deals of one person or team of the scope. */
  ownerId: idSchema.optional(),
  teamId: idSchema.optional(),
  /** "YYYY-MM", or "none" for the deals without a close date; the period's deals when absent. */
  month: z
    .string()
    .regex(/^(\d{4}-(0[1-9]|1[0-2])|none)$/)
    .optional(),
  /** The first deals by expected value (amount × chance); `total` counts them all. */
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ForecastDealsQuery = z.infer<typeof forecastDealsQuery>;
export const forecastDeals = z.object({ items: z.array(forecastDealRef), total: tally });
export type ForecastDeals = z.infer<typeof forecastDeals>;

export const accuracyQuery = z.object({
  scope: scopeParam.optional(),
  /** The kind of period the accuracy is measured on. */
  kind: z.enum(["month", "quarter"]).default("month"),
});
export type AccuracyQuery = z.infer<typeof accuracyQuery>;

const accuracyPoint = z.object({
  daysBeforeEnd: z.number().int(),
  periods: z.number().int(),
  mape: z.number().nullable(),
  bias: z.number().nullable(),
});
const errorPoint = z.object({
  takenOn: dateOnly,
  daysBeforeEnd: z.number().int(),
  forecast: z.number().int(),
  error: z.number().nullable(),
});

export const accuracy = z.object({
  scope: scopeRef,
  kind: z.enum(["month", "quarter"]),
  /** Closed periods with their actual and the error of each snapshot (live where kept, else replayed). */
  periods: z.array(
    z.object({
      period: periodRef,
      actual: z.number().int(),
      source: z.enum(["live", "replay"]),
      p50: z.array(errorPoint),
      weighted: z.array(errorPoint),
    }),
  ),
  /** MAPE and bias of the P50 by days before the period's end, over the periods above. */
  summary: z.array(accuracyPoint),
  /** The two methods replayed over past periods from stage history alone. */
  backtest: z.object({
    stageProbability: z.array(accuracyPoint),
    monteCarlo: z.array(accuracyPoint),
  }),
});
export type Accuracy = z.infer<typeof accuracy>;
