// Splitting a team target among its members so that the parts add up exactly (seed 002: allocation by
// skill level). Largest remainder: everyone gets the floor of their share, and the units left over go
// to the largest fractional parts (ties to the earlier person), so Σ parts = total, always.

export type SkillLevel = "junior" | "mid" | "senior";

/** Default weights: a junior (0-6 months) carries 60% of a senior's (1 year+) number, mid-level 80%. */
export const defaultSkillWeights: Record<SkillLevel, number> = { junior: 0.6, mid: 0.8, senior: 1 };

export function allocate(total: number, weights: number[]): number[] {
  if (!Number.isInteger(total)) throw new Error("allocate: the total must be an integer");
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0)
    return allocate(
      total,
      weights.map(() => 1),
    );
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, fraction: x - Math.floor(x) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}
