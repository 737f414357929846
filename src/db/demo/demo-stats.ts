// Monthly actuals per person, tallied while rows are generated, so that targets can be set from
// them without reading the rows back (seed 002: targets from past actuals).
import { dayOfInstant, monthOf } from "./demo-calendar";

export const statKeys = ["revenue", "wins", "calls", "meetings"] as const;
export type StatKey = (typeof statKeys)[number];

export type MonthlyStats = {
  add(person: number, key: StatKey, instant: number, amount?: number): void;
  /** The actual of a person for the month with this offset in `months`. */
  get(person: number, key: StatKey, monthOffset: number): number;
  months: readonly number[];
};

export function createMonthlyStats(people: number, months: readonly number[]): MonthlyStats {
  const first = months[0] ?? 0;
  const width = months.length;
  const values = new Float64Array(people * statKeys.length * width);
  const slot = (person: number, key: StatKey, offset: number) =>
    (person * statKeys.length + statKeys.indexOf(key)) * width + offset;
  return {
    add(person, key, instant, amount = 1) {
      const offset = monthOf(dayOfInstant(instant)) - first;
      if (offset < 0 || offset >= width) return;
      values[slot(person, key, offset)] = (values[slot(person, key, offset)] ?? 0) + amount;
    },
    get: (person, key, offset) => values[slot(person, key, offset)] ?? 0,
    months,
  };
}
