// The landing of a set of independent chances (amount, probability of landing in the period),
// simulated with a seeded generator: the same inputs and seed give the same answer.
//
// Two kinds of deal are simulated differently, each exactly as far as it matters:
// - a deal that carries at least 1/1,000 of the total variance (amount² × p × (1 − p)) is drawn on
//   its own in every run. Deals with the same probability are drawn together by jumping from one
//   success to the next (the gap is geometric), so a run costs the deals that land, not all deals;
// - the many deals that each carry less are drawn as one block whose sum is normal with their mean
//   and variance (the central limit theorem: no one of them can move the total). At most 1,000
//   deals can pass the threshold, so 18,000 open deals × 10,000 runs stay within the budget.
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { probit, quantileSorted } from "simple-statistics";

export type Chance = { amount: number; probability: number };
export type Landing = { p10: number; p50: number; p90: number; mean: number };

export const DEFAULT_RUNS = 10_000;

/** Uniform draws in (0, 1] from 32 bits: fine-grained enough for the gaps, and one call each. */
const TWO_POW_MINUS_32 = 2 ** -32;

/** Below this share of the total variance a deal is drawn in the normal block. */
export const MATERIAL_SHARE = 1 / 1000;

type Group = { amounts: number[]; sum: number; probability: number };
type Block = { mean: number; sd: number; max: number; deals: number };

const varianceOf = (amount: number, p: number) => amount * amount * p * (1 - p);

/** The deals drawn one by one (grouped by probability) and the block of the immaterial rest. */
export function splitChances(chances: readonly Chance[]): { groups: Group[]; block: Block } {
  let total = 0;
  for (const c of chances) {
    const p = Math.min(c.probability, 1);
    if (p > 0) total += varianceOf(c.amount, p);
  }
  const groups = new Map<number, Group>();
  const block: Block = { mean: 0, sd: 0, max: 0, deals: 0 };
  let blockVariance = 0;
  for (const c of chances) {
    const { amount } = c;
    const p = Math.min(c.probability, 1);
    if (p <= 0 || amount === 0) continue;
    const variance = varianceOf(amount, p);
    if (variance < total * MATERIAL_SHARE) {
      block.mean += amount * p;
      block.max += amount;
      block.deals += 1;
      blockVariance += variance;
      continue;
    }
    const group = groups.get(p) ?? { amounts: [], sum: 0, probability: p };
    group.amounts.push(amount);
    group.sum += amount;
    groups.set(p, group);
  }
  block.sd = Math.sqrt(blockVariance);
  return { groups: [...groups.values()], block };
}

/** Sums of `runs` simulated outcomes, sorted ascending. */
export function simulateTotals(chances: readonly Chance[], runs: number, seed: number): Float64Array {
  const rng = xoroshiro128plus(seed);
  const split = splitChances(chances);
  const { block } = split;
  const groups = split.groups.map((g) => {
    // Walk whichever is rarer: the successes (p ≤ ½) or the failures, subtracted from the sum.
    const rare = g.probability <= 0.5 ? g.probability : 1 - g.probability;
    return { ...g, flipped: rare !== g.probability, logMiss: Math.log1p(-rare) };
  });
  const totals = new Float64Array(runs);
  for (let run = 0; run < runs; run++) {
    let total = 0;
    if (block.deals > 0) {
      // A normal draw by its inverse distribution function; the block's sum stays within [0, max].
      const z = probit(((rng.next() >>> 0) + 0.5) * TWO_POW_MINUS_32);
      total = Math.min(block.max, Math.max(0, block.mean + block.sd * z));
    }
    for (const g of groups) {
      if (g.logMiss === 0) {
        // p = 1: no failure to walk, every deal lands.
        total += g.sum;
        continue;
      }
      let picked = 0;
      const n = g.amounts.length;
      let i = Math.floor(Math.log(((rng.next() >>> 0) + 1) * TWO_POW_MINUS_32) / g.logMiss);
      while (i < n) {
        picked += g.amounts[i] as number;
        i += 1 + Math.floor(Math.log(((rng.next() >>> 0) + 1) * TWO_POW_MINUS_32) / g.logMiss);
      }
      total += g.flipped ? g.sum - picked : picked;
    }
    totals[run] = total;
  }
  return totals.sort();
}

export function simulateLanding(chances: readonly Chance[], runs: number, seed: number): Landing {
  const totals = simulateTotals(chances, runs, seed);
  if (totals.length === 0) return { p10: 0, p50: 0, p90: 0, mean: 0 };
  const sorted = Array.from(totals);
  let sum = 0;
  for (const t of totals) sum += t;
  return {
    p10: Math.round(quantileSorted(sorted, 0.1)),
    p50: Math.round(quantileSorted(sorted, 0.5)),
    p90: Math.round(quantileSorted(sorted, 0.9)),
    mean: Math.round(sum / totals.length),
  };
}

/** A 32-bit seed from text (the scope, period and day), so a page shows the same figures all day. */
export function seedOf(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h | 0;
}
