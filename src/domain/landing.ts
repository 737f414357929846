// The landing estimate of a period (SPEC.md C4): won to date plus the open pipeline weighted by
// probability that is expected to close in the period. The statistical forecast (C6) replaces it.
import { ratio } from "./ratio";

/** A deal's weighted amount in whole yen: amount × probability %. */
export const weightedAmount = (amount: number, probability: number) =>
  Math.round((amount * probability) / 100);

export function landingOf(wonToDate: number, weightedOpen: number, openDeals: number, target: number | null) {
  const estimate = wonToDate + weightedOpen;
  return {
    wonToDate,
    weightedOpen,
    openDeals,
    estimate,
    target,
    achievement: target === null ? null : ratio(estimate, target),
  };
}
