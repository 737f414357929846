// A few tasks per rep: done ones in the past, one due today, one overdue and some ahead, linked to
// their open deals where they have some (the "my day" view and the overdue list need both).
import { addBusinessDays, DAY_MS, formatDay, isBusinessDay, tokyoInstant } from "./demo-calendar";
import type { DemoContext } from "./demo-context";
import type { OpenDeals } from "./demo-deals";
import type { Person } from "./demo-org";
import { createRandom, type Random } from "./demo-random";
import { isTaskTitles, taskTitles } from "./demo-vocabulary";

export function generateTasks(ctx: DemoContext, openDeals: OpenDeals) {
  for (const person of ctx.org.people) {
    if (!person.func || person.func === "MKT" || person.volume <= 0) continue;
    const rng = createRandom(ctx.seed, "tasks", person.index);
    const deals = openDeals.get(person.index) ?? [];
    const count = rng.int(4, 7);
    for (let n = 0; n < count; n++)
      writeTask(ctx, rng, person, deals, { offset: dueOffset(rng, n), mayBeDone: n >= 2 });
  }
}

/** Business days from today: the first task is due today, the second is overdue, then a mix. */
function dueOffset(rng: Random, n: number): number {
  if (n === 0) return 0;
  if (n === 1) return -rng.int(1, 4);
  return rng.int(-15, 10);
}

type TaskPlan = { offset: number; mayBeDone: boolean };

function writeTask(ctx: DemoContext, rng: Random, person: Person, deals: string[], plan: TaskPlan) {
  const { calendar, sinks } = ctx;
  const { offset } = plan;
  const dueDay = shiftBusinessDays(calendar.today, offset);
  // Past tasks are mostly done, except the one kept overdue on purpose.
  const done = plan.mayBeDone && offset < 0 && rng.chance(0.75);
  const createdAt = tokyoInstant(dueDay - rng.int(2, 10), 9 + rng.float() * 9);
  const doneAt = done ? tokyoInstant(dueDay - rng.int(0, 1), 10 + rng.float() * 8) : null;
  const onDeal = person.func !== "IS" && deals.length > 0 && rng.chance(0.75);
  const byManager = rng.chance(0.25) && person.team.managerId !== null;
  sinks.tasks.push({
    id: rng.uuid(),
    title: rng.pick(person.func === "IS" ? isTaskTitles : taskTitles),
    dueDate: formatDay(dueDay),
    priority: rng.pickWeighted(["high", "medium", "low"] as const, [25, 50, 25]),
    assigneeId: person.id,
    teamId: person.team.id,
    dealId: onDeal ? rng.pick(deals) : null,
    leadId: null,
    note: null,
    source: "manual",
    sourceKey: null,
    done,
    doneAt: doneAt === null ? null : new Date(Math.min(doneAt, calendar.cutoff - DAY_MS / 24)),
    createdBy: byManager ? person.team.managerId : person.id,
    createdAt: new Date(Math.min(createdAt, calendar.cutoff - DAY_MS / 12)),
    updatedAt: new Date(Math.min(doneAt ?? createdAt, calendar.cutoff - DAY_MS / 24)),
    version: done ? 2 : 1,
  });
}

function shiftBusinessDays(today: number, offset: number): number {
  if (offset >= 0) return offset === 0 ? today : addBusinessDays(today, offset);
  let day = today;
  for (let i = 0; i < -offset; i++) {
    day--;
    while (!isBusinessDay(day)) day--;
  }
  return day;
}
