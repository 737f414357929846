// Monthly targets for the org, every team and every rep, from their own actuals (seed 002: targets
// from past results; stretch ≈ 115%, minimum ≈ 90%), so that achievement varies around 70-120%.
// Team and org targets are the exact sums of their members' targets.
import { DAY_MS, formatDay, monthEndDay, monthStartDay, tokyoInstant } from "./demo-calendar";
import type { DemoContext } from "./demo-context";
import type { Person, TeamNode } from "./demo-org";
import { createRandom, type Random } from "./demo-random";
import type { StatKey } from "./demo-stats";

/** Rounding of a target value and the step of its stretch and minimum levels. */
const ROUNDING: Record<StatKey, { value: number; level: number }> = {
  revenue: { value: 100_000, level: 10_000 },
  wins: { value: 1, level: 1 },
  calls: { value: 10, level: 10 },
  meetings: { value: 1, level: 1 },
};
const KEYS_BY_FUNCTION: Record<string, StatKey[]> = {
  IS: ["calls"],
  FS: ["revenue", "wins", "meetings"],
  CS: ["revenue", "wins", "meetings"],
};
const PAST_MONTHS = 12;

type Sums = Map<string, number>;

export function generateTargets(ctx: DemoContext) {
  const { org, seed } = ctx;
  const rng = createRandom(seed, "targets");
  const sums: Sums = new Map();
  const admin = org.people.find((p) => p.role === "admin");
  for (const person of org.people) {
    const keys = person.func ? KEYS_BY_FUNCTION[person.func] : undefined;
    if (!keys || person.volume <= 0) continue;
    for (const key of keys) writePersonTargets(ctx, rng, person, key, sums);
  }
  for (const node of org.nodes) {
    for (const key of Object.keys(ROUNDING) as StatKey[]) {
      ctx.stats.months.forEach((month, offset) => {
        const value = sums.get(`${node.id}|${key}|${offset}`);
        if (value === undefined) return;
        const scope =
          node.kind === "org"
            ? { scopeKind: "org" as const, teamId: null }
            : { scopeKind: "team" as const, teamId: node.id };
        const createdBy = node.kind === "org" ? (admin?.id ?? null) : node.managerId;
        writeTarget(ctx, rng, { key, month, value, ...scope, userId: null, createdBy });
      });
    }
  }
}

function writePersonTargets(ctx: DemoContext, rng: Random, person: Person, key: StatKey, sums: Sums) {
  const { stats } = ctx;
  const months = stats.months;
  const fullMonths = months
    .slice(0, PAST_MONTHS)
    .map((m, i) => [m, i] as const)
    .filter(([m]) => monthStartDay(m) >= person.activeFrom);
  const history = fullMonths.map(([, i]) => stats.get(person.index, key, i));
  const average =
    history.length > 0
      ? history.reduce((a, b) => a + b, 0) / history.length
      : partialAverage(ctx, person, key);
  if (average <= 0) return;
  // A steady bias per person: some are always set high, some low.
  const bias = rng.normal(1, 0.06);
  const chain = ancestorsOf(ctx, person.team);
  const createdBy = managerOf(ctx, person);
  months.forEach((month, offset) => {
    if (monthEndDay(month) < person.activeFrom) return;
    const actual = stats.get(person.index, key, offset);
    const raw =
      offset < PAST_MONTHS
        ? (0.6 * actual + 0.4 * average) / Math.min(1.2, Math.max(0.75, rng.normal(0.97, 0.1) / bias))
        : average * rng.between(1.0, 1.1) * bias;
    const step = ROUNDING[key].value;
    const value = Math.max(step, Math.round(raw / step) * step);
    writeTarget(ctx, rng, {
      key,
      month,
      value,
      scopeKind: "user",
      teamId: null,
      userId: person.id,
      createdBy,
    });
    for (const node of chain) {
      const slot = `${node.id}|${key}|${offset}`;
      sums.set(slot, (sums.get(slot) ?? 0) + value);
    }
  });
}

/** A rep hired this month or last: the average of what they did so far, per month. */
function partialAverage(ctx: DemoContext, person: Person, key: StatKey): number {
  const { stats, calendar } = ctx;
  let total = 0;
  for (let i = 0; i <= PAST_MONTHS; i++) total += stats.get(person.index, key, i);
  const days = Math.max(10, calendar.today - person.activeFrom);
  return (total / days) * 30;
}

function ancestorsOf(ctx: DemoContext, node: TeamNode): TeamNode[] {
  const chain: TeamNode[] = [];
  for (let current: TeamNode | undefined = node; current; ) {
    chain.push(current);
    const parentId: string | null = current.parentId;
    current = parentId ? ctx.org.nodes.find((n) => n.id === parentId) : undefined;
  }
  return chain;
}

/** Targets are set by the team's manager; a manager's own by the head above them. */
function managerOf(ctx: DemoContext, person: Person): string | null {
  if (person.team.managerId !== person.id) return person.team.managerId;
  const parent = ctx.org.nodes.find((n) => n.id === person.team.parentId);
  return parent?.managerId ?? person.id;
}

type TargetSpec = {
  key: StatKey;
  month: number;
  value: number;
  scopeKind: "org" | "team" | "user";
  teamId: string | null;
  userId: string | null;
  createdBy: string | null;
};

function writeTarget(ctx: DemoContext, rng: Random, spec: TargetSpec) {
  const step = ROUNDING[spec.key].level;
  const start = monthStartDay(spec.month);
  const createdAt = new Date(
    Math.min(tokyoInstant(start - rng.int(5, 12), 10 + rng.float() * 7), ctx.calendar.cutoff - DAY_MS),
  );
  ctx.sinks.targets.push({
    id: rng.uuid(),
    kpiKey: spec.key,
    periodKind: "month",
    periodStart: formatDay(start),
    scopeKind: spec.scopeKind,
    teamId: spec.teamId,
    userId: spec.userId,
    value: spec.value,
    stretch: Math.ceil((spec.value * 1.15) / step) * step,
    minimum: Math.floor((spec.value * 0.9) / step) * step,
    createdBy: spec.createdBy,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  });
}
