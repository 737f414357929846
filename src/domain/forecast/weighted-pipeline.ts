// The weighted pipeline (SPEC.md C6): open deals counted, summed and weighted by probability, by
// forecast category, ヨミ rank, close month, person and team.
import type { Period } from "../periods";
import { ratio } from "../ratio";
import {
  type ForecastCategory,
  forecastCategories,
  forecastCategoryOf,
  type YomiBands,
  type YomiRank,
  yomiRankOf,
  yomiRanks,
} from "./forecast-settings";

export type OpenDeal = {
  id: string;
  ownerId: string;
  teamId: string;
  stageId: string;
  /** Whole yen; a deal without an amount counts as 0. */
  amount: number;
  /** The deal's probability in percent (the stage's unless overridden). */
  probability: number;
  stageProbability: number;
  expectedCloseDate: string | null;
  /** The deal's own category; null follows the stage. */
  forecastCategory: ForecastCategory | null;
};

export type Tally = { count: number; amount: number; weighted: number };

/** A deal's weighted amount in whole yen: amount × probability %. */
export const weightedAmount = (amount: number, probability: number) =>
  Math.round((amount * probability) / 100);

/** Expected to close within the period (a date passed but still in the period counts). */
export const closesIn = (deal: { expectedCloseDate: string | null }, period: Pick<Period, "start" | "end">) =>
  deal.expectedCloseDate !== null &&
  deal.expectedCloseDate >= period.start &&
  deal.expectedCloseDate <= period.end;

const emptyTally = (): Tally => ({ count: 0, amount: 0, weighted: 0 });

function add(tally: Tally, deal: OpenDeal) {
  tally.count += 1;
  tally.amount += deal.amount;
  tally.weighted += weightedAmount(deal.amount, deal.probability);
}

export function tallyOf(deals: readonly OpenDeal[]): Tally {
  const tally = emptyTally();
  for (const deal of deals) add(tally, deal);
  return tally;
}

export type Breakdown = {
  total: Tally;
  categories: Record<ForecastCategory, Tally>;
  yomi: Record<YomiRank, Tally>;
};

export type ClassifiedDeal = OpenDeal & { category: ForecastCategory; yomi: YomiRank };

export const classify = (deal: OpenDeal, bands: YomiBands): ClassifiedDeal => ({
  ...deal,
  category: forecastCategoryOf(deal.stageProbability, deal.forecastCategory, bands),
  yomi: yomiRankOf(deal.probability, bands),
});

export function breakdownOf(deals: readonly ClassifiedDeal[]): Breakdown {
  const categories = Object.fromEntries(
    forecastCategories.map((c) => [c, emptyTally()]),
  ) as Breakdown["categories"];
  const yomi = Object.fromEntries(yomiRanks.map((r) => [r, emptyTally()])) as Breakdown["yomi"];
  const total = emptyTally();
  for (const deal of deals) {
    add(total, deal);
    add(categories[deal.category], deal);
    add(yomi[deal.yomi], deal);
  }
  return { total, categories, yomi };
}

/** The breakdown per key (owner or team), in first-seen order of the keys given. */
export function breakdownBy(
  deals: readonly ClassifiedDeal[],
  keyOf: (deal: ClassifiedDeal) => string,
  keys: readonly string[],
): Map<string, Breakdown> {
  const groups = new Map<string, ClassifiedDeal[]>(keys.map((k) => [k, []]));
  for (const deal of deals) groups.get(keyOf(deal))?.push(deal);
  return new Map([...groups].map(([key, group]) => [key, breakdownOf(group)]));
}

/** Open pipeline by close month ("YYYY-MM"; null for deals without a date), in month order. */
export function byCloseMonth(deals: readonly OpenDeal[]): { month: string | null; tally: Tally }[] {
  const months = new Map<string | null, Tally>();
  for (const deal of deals) {
    const month = deal.expectedCloseDate?.slice(0, 7) ?? null;
    const tally = months.get(month) ?? emptyTally();
    add(tally, deal);
    months.set(month, tally);
  }
  return [...months]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([month, tally]) => ({ month, tally }));
}

export type Coverage = {
  /** Open amount expected to close in the period. */
  openAmount: number;
  /** Target − won to date; null without a target. */
  remaining: number | null;
  /** Open amount ÷ remaining; no data without a target or once it is reached. */
  ratio: number | null;
  rule: number;
};

export function coverageOf(
  openAmount: number,
  target: number | null,
  wonToDate: number,
  rule: number,
): Coverage {
  const remaining = target === null ? null : target - wonToDate;
  return {
    openAmount,
    remaining,
    ratio: remaining === null || remaining <= 0 ? null : ratio(openAmount, remaining),
    rule,
  };
}
