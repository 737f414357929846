// The periods a goal can be set for (SPEC C3): weeks, months, fiscal quarters and fiscal years, named
// as the API names them ("2026-W47", "2026-11", "FY2026-Q3", "FY2026").
import { addDays } from "../../../domain/calendar";
import { type Period, type PeriodKind, parsePeriod, periodContaining } from "../../../domain/periods";

export type PickableKind = Exclude<PeriodKind, "day">;
export const pickableKinds: PickableKind[] = ["week", "month", "quarter", "fiscal_year"];

/** How many periods before and after the current one the picker offers. */
const span: Record<PickableKind, { back: number; ahead: number }> = {
  week: { back: 12, ahead: 4 },
  month: { back: 12, ahead: 3 },
  quarter: { back: 4, ahead: 2 },
  fiscal_year: { back: 2, ahead: 1 },
};

export function currentPeriod(kind: PickableKind, today: string, fyStart: number): Period {
  return periodContaining(kind, today, fyStart);
}

/** The current period of a kind with some before it and a few after it, oldest first. */
export function periodChoices(kind: PickableKind, today: string, fyStart: number): Period[] {
  const current = periodContaining(kind, today, fyStart);
  const before: Period[] = [];
  let p = current;
  for (let i = 0; i < span[kind].back; i++) {
    p = periodContaining(kind, addDays(p.start, -1), fyStart);
    before.unshift(p);
  }
  const after: Period[] = [];
  p = current;
  for (let i = 0; i < span[kind].ahead; i++) {
    p = periodContaining(kind, addDays(p.end, 1), fyStart);
    after.push(p);
  }
  return [...before, current, ...after];
}

export function parsePickable(text: string | undefined, fyStart: number): Period | null {
  if (!text) return null;
  const period = parsePeriod(text, fyStart);
  return period && period.kind !== "day" ? period : null;
}
