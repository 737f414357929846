// What the org's own closed deals say about an open one (SPEC.md C6): per stage and age in the
// stage, the share of deals that went on to win, and how long the winners still took to close.
//
// A deal's "age" is the days it has spent in its current stage. The history of a stage at age a is
// every closed deal that stayed in that stage at least a days: those are the deals an open deal of
// that age resembles. Ages are taken in bands so that each rate rests on enough deals.
import { median } from "simple-statistics";
import { ratio } from "../ratio";

/** Lower bounds of the age bands, in days in the stage. */
export const AGE_BANDS = [0, 14, 30, 60, 90] as const;
/** Below this many closed deals a stage's history is too thin: its stage probability is used. */
export const MIN_CLOSED = 30;

/** Closed deals that reached `ageFrom` days in a stage, by outcome and (for the won) days from then
 *  to the close: what the repository aggregates from stage history. */
export type HistoryCell = {
  stageId: string;
  ageFrom: number;
  won: boolean;
  /** Whole days from reaching `ageFrom` in the stage to the close; null for the lost. */
  daysToClose: number | null;
  count: number;
};

export type BandRate = {
  ageFrom: number;
  closed: number;
  won: number;
  winRate: number | null;
  /** Days from the band's start to the close, of the won, sorted ascending. */
  daysToClose: number[];
};

export type StageHistory = {
  stageId: string;
  closed: number;
  won: number;
  winRate: number | null;
  medianDaysToClose: number | null;
  /** "history" when the stage has at least MIN_CLOSED closed deals; otherwise "stage" (too thin). */
  source: "history" | "stage";
  bands: BandRate[];
};

export function stageHistoriesOf(cells: readonly HistoryCell[]): Map<string, StageHistory> {
  const bands = new Map<string, Map<number, BandRate>>();
  for (const cell of cells) {
    const byAge = bands.get(cell.stageId) ?? new Map<number, BandRate>();
    bands.set(cell.stageId, byAge);
    const band = byAge.get(cell.ageFrom) ?? {
      ageFrom: cell.ageFrom,
      closed: 0,
      won: 0,
      winRate: null,
      daysToClose: [],
    };
    byAge.set(cell.ageFrom, band);
    band.closed += cell.count;
    if (cell.won) {
      band.won += cell.count;
      for (let i = 0; i < cell.count; i++) band.daysToClose.push(Math.max(0, cell.daysToClose ?? 0));
    }
  }
  const result = new Map<string, StageHistory>();
  for (const [stageId, byAge] of bands) {
    const list = [...byAge.values()].sort((a, b) => a.ageFrom - b.ageFrom);
    for (const band of list) {
      band.winRate = ratio(band.won, band.closed);
      band.daysToClose.sort((a, b) => a - b);
    }
    const all = list.find((b) => b.ageFrom === 0) ?? { closed: 0, won: 0, daysToClose: [] };
    result.set(stageId, {
      stageId,
      closed: all.closed,
      won: all.won,
      winRate: ratio(all.won, all.closed),
      medianDaysToClose: all.daysToClose.length > 0 ? median(all.daysToClose) : null,
      source: all.closed >= MIN_CLOSED ? "history" : "stage",
      bands: list,
    });
  }
  return result;
}

/** The band an open deal of this age is judged by: the oldest one it has reached that still rests on
 *  MIN_CLOSED deals (older bands hold fewer). Undefined when the stage's history is too thin. */
export function bandFor(history: StageHistory | undefined, ageDays: number): BandRate | undefined {
  if (!history || history.source === "stage") return undefined;
  let chosen: BandRate | undefined;
  for (const band of history.bands) {
    if (band.ageFrom <= ageDays && band.closed >= MIN_CLOSED) chosen = band;
  }
  return chosen;
}

/** Count of sorted values ≤ x (binary search). */
function countAtMost(sorted: readonly number[], x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Share of the winners that closed between `from` and `to` days (both included) from the band's
 *  start: where in time a win of this band falls. */
export function shareClosingBetween(band: Pick<BandRate, "daysToClose">, from: number, to: number): number {
  const n = band.daysToClose.length;
  if (n === 0 || to < from) return 0;
  return (countAtMost(band.daysToClose, to) - countAtMost(band.daysToClose, from - 1)) / n;
}
