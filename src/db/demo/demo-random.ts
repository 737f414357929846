// Seeded randomness for the demo data. Every entity draws from its own stream, keyed by
// (seed, kind, index...), so that a row never depends on how many rows were generated before it:
// the output is the same whatever the chunk size, and ids can be recomputed from an index.
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

export type Random = {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  pickWeighted<T>(items: readonly T[], weights: readonly number[]): T;
  normal(mean: number, sd: number): number;
  /** Log-normal with the given median; sigma is the sd of the log. */
  logNormal(median: number, sigma: number): number;
  poisson(mean: number): number;
  /** A v4-shaped UUID drawn from this stream. */
  uuid(): string;
};

export type RandomKey = string | number;

const TWO_POW_32 = 4_294_967_296;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Mixes a 32-bit value (murmur3 finaliser): turns neighbouring keys into unrelated seeds. */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function hashKey(hash: number, key: RandomKey): number {
  let h = hash;
  if (typeof key === "number") return mix32(h ^ mix32(key + 0x9e3779b9));
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16_777_619);
  return mix32(h);
}

export function createRandom(seed: number, ...keys: RandomKey[]): Random {
  let hash = mix32(seed ^ 0x2545f491);
  for (const key of keys) hash = hashKey(hash, key);
  const state = [
    mix32(hash ^ 0x1b873593),
    mix32(hash ^ 0x68e31da4),
    mix32(hash ^ 0x3c6ef372),
    mix32(hash + 1),
  ];
  if (!state.some((word) => word !== 0)) state[0] = 1;
  return wrapGenerator(xoroshiro128plusFromState(state));
}

/** A weighted choice prepared once for many draws: O(log n) per draw (thousands of owners in L). */
export function createWeightedPicker<T>(items: readonly T[], weights: readonly number[]): (rng: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += weights[i] ?? 0;
    cumulative.push(total);
  }
  if (items.length === 0 || total <= 0) throw new Error("weighted pick needs items with positive weights");
  return (rng) => {
    const target = rng.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return items[low] as T;
  };
}

/** The id of entity `index` of `kind`: recomputable anywhere without keeping the rows. */
export function stableUuid(seed: number, kind: string, index: number): string {
  return createRandom(seed, "uuid", kind, index).uuid();
}

type Stream = Random & { generator: RandomGenerator };

// Shared methods on a prototype: a stream is created per entity (a million times for dataset M),
// so it must cost one small object, not a dozen closures.
const streamMethods: ThisType<Stream> & Random = {
  float() {
    return (this.generator.next() >>> 0) / TWO_POW_32;
  },
  int(min, max) {
    return min + Math.floor(this.float() * (max - min + 1));
  },
  between(min, max) {
    return min + this.float() * (max - min);
  },
  chance(probability) {
    return this.float() < probability;
  },
  pick(items) {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  },
  pickWeighted(items, weights) {
    return pickWeightedWith(this.float(), items, weights);
  },
  normal(mean, sd) {
    const u = 1 - this.float();
    const v = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  },
  logNormal(median, sigma) {
    return median * Math.exp(this.normal(0, sigma));
  },
  poisson(mean) {
    return samplePoisson(this, mean);
  },
  uuid() {
    const g = this.generator;
    return formatUuid(g.next(), g.next(), g.next(), g.next());
  },
};

function wrapGenerator(generator: RandomGenerator): Random {
  const stream = Object.create(streamMethods) as Stream;
  stream.generator = generator;
  return stream;
}

function pickWeightedWith<T>(u: number, items: readonly T[], weights: readonly number[]): T {
  let total = 0;
  for (const w of weights) total += w;
  let threshold = u * total;
  for (let i = 0; i < items.length; i++) {
    threshold -= weights[i] ?? 0;
    if (threshold < 0) return items[i] as T;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error("pick from an empty list");
  return last;
}

function samplePoisson(rng: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.float();
  while (p > limit) {
    k++;
    p *= rng.float();
  }
  return k;
}

function hex32(word: number): string {
  return (
    (HEX[(word >>> 24) & 0xff] ?? "") +
    (HEX[(word >>> 16) & 0xff] ?? "") +
    (HEX[(word >>> 8) & 0xff] ?? "") +
    (HEX[word & 0xff] ?? "")
  );
}

function formatUuid(a: number, b: number, c: number, d: number): string {
  const middle = hex32((b & 0xffff0fff) | 0x00004000); // version 4
  const variant = hex32((c & 0x3fffffff) | 0x80000000); // RFC 4122 variant
  return `${hex32(a)}-${middle.slice(0, 4)}-${middle.slice(4)}-${variant.slice(0, 4)}-${variant.slice(4)}${hex32(d)}`;
}
