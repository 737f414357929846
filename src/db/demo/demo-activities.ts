// Day-to-day activity of field sales and customer success outside deal moves: calls and emails to
// their accounts, and for CS the regular customer meetings.
import { drawContactId } from "./demo-accounts";
import {
  buildActivity,
  CALL_HOURS,
  CUSTOMER_EMAIL,
  drawEmailOutcome,
  drawHour,
  EMAIL_HOURS,
  MEETING_HOURS,
  volumeFactor,
} from "./demo-activity-rows";
import { tokyoInstant } from "./demo-calendar";
import type { DemoContext } from "./demo-context";
import type { Person } from "./demo-org";
import { createRandom, type Random } from "./demo-random";

const CALL_SUBJECTS = ["日程調整のご連絡", "ご検討状況の確認", "資料のご説明"];
const EMAIL_SUBJECTS = ["資料送付のご案内", "お打ち合わせのお礼", "導入事例のご紹介", "ご検討状況の確認"];
const CS_SUBJECTS = ["定例ミーティング", "活用支援セッション", "オンボーディング"];

export async function generateAccountActivities(ctx: DemoContext) {
  for (const person of ctx.org.people) {
    if ((person.func !== "FS" && person.func !== "CS") || person.volume <= 0) continue;
    const accounts = ctx.accounts.byOwner.get(person.index);
    if (!accounts || accounts.length === 0) continue;
    writePersonDays(ctx, createRandom(ctx.seed, "account-activity", person.index), person, accounts);
    await ctx.writer.flushIfFull();
  }
}

function writePersonDays(ctx: DemoContext, rng: Random, person: Person, accounts: number[]) {
  const { calendar, config } = ctx;
  const volumes = person.func === "CS" ? config.cs : { ...config.fs, meetings: 0 };
  for (const day of calendar.businessDays) {
    if (day < person.activeFrom) continue;
    const today = day === calendar.today;
    const share = volumeFactor(day) * person.volume * (today ? 0.35 : 1);
    const maxHour = today ? 12 : 19;
    for (let n = rng.poisson(volumes.calls * share); n > 0; n--) {
      writeAccountTouch(
        ctx,
        rng,
        person,
        accounts,
        "call",
        tokyoInstant(day, drawHour(rng, CALL_HOURS, maxHour)),
      );
    }
    for (let n = rng.poisson(volumes.emails * share); n > 0; n--) {
      writeAccountTouch(
        ctx,
        rng,
        person,
        accounts,
        "email",
        tokyoInstant(day, drawHour(rng, EMAIL_HOURS, maxHour)),
      );
    }
    for (let n = rng.poisson(volumes.meetings * share); n > 0; n--) {
      writeAccountTouch(
        ctx,
        rng,
        person,
        accounts,
        "online_meeting",
        tokyoInstant(day, drawHour(rng, MEETING_HOURS, maxHour)),
      );
    }
  }
}

function writeAccountTouch(
  ctx: DemoContext,
  rng: Random,
  person: Person,
  accounts: number[],
  kind: "call" | "email" | "online_meeting",
  at: number,
) {
  const account = rng.pick(accounts);
  const contactId = drawContactId(ctx.accounts, rng, account);
  const links = { owner: person, accountId: ctx.accounts.ids[account] ?? null, contactId, at };
  if (kind === "call") {
    const outcome = rng.pickWeighted(["not_reached", "reached", "effective_contact"], [60, 20, 20]);
    const durationSec = outcome === "not_reached" ? rng.int(15, 40) : rng.int(60, 480);
    ctx.sinks.activities.push(
      buildActivity(rng, { ...links, kind, outcome, subject: rng.pick(CALL_SUBJECTS), durationSec }),
    );
  } else if (kind === "email") {
    const outcome = drawEmailOutcome(rng, CUSTOMER_EMAIL);
    ctx.sinks.activities.push(
      buildActivity(rng, { ...links, kind, outcome, subject: rng.pick(EMAIL_SUBJECTS) }),
    );
  } else {
    const outcome = rng.chance(0.01) ? "cancelled" : "held";
    const durationSec = outcome === "held" ? rng.pick([1800, 2700, 3600]) : null;
    ctx.sinks.activities.push(
      buildActivity(rng, { ...links, kind, outcome, subject: rng.pick(CS_SUBJECTS), durationSec }),
    );
    if (outcome === "held") ctx.stats.add(person.index, "meetings", at);
  }
}
