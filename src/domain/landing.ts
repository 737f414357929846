// The classic landing estimate of a period (SPEC.md C4): won to date plus the open pipeline weighted
// by probability that is expected to close in the period. The dashboard shows the statistical
// landing (forecast/landing-forecast.ts) beside it.
import { ratio } from "./ratio";

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
