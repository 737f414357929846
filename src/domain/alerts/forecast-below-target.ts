// The landing forecast's P50 (forecast/landing-forecast.ts) below the KGI target by X% or more.

export type ForecastBelowTarget = {
  p50: number;
  target: number;
  /** target − p50. */
  shortfall: number;
  /** shortfall ÷ target. */
  shortfallShare: number;
  belowShare: number;
};

export function forecastBelowTargetAlert(
  input: { p50: number; target: number | null },
  params: { belowShare: number },
): ForecastBelowTarget | null {
  const { p50, target } = input;
  if (target === null || target <= 0) return null;
  const shortfall = target - p50;
  const shortfallShare = shortfall / target;
  // Exactly X% below is below by X%.
  if (shortfallShare < params.belowShare - 1e-9) return null;
  return { p50, target, shortfall, shortfallShare, belowShare: params.belowShare };
}
