// Accounts (顧客) and their contacts. Rows go straight to the sinks; a compact index stays in memory
// for the deals (owner, size band, industry, contact count), so memory does not grow with the rows.
import { DAY_MS, tokyoInstant } from "./demo-calendar";
import type { DemoContext } from "./demo-context";
import { companyCores, drawPersonName } from "./demo-names";
import type { Person } from "./demo-org";
import { createRandom, createWeightedPicker, type Random, stableUuid } from "./demo-random";
import {
  accountNeeds,
  accountNotes,
  contactTitles,
  decisionProcesses,
  industries,
  prefectures,
  sizeBandAt,
  sizeBandWeights,
} from "./demo-vocabulary";

export type AccountBook = {
  count: number;
  ids: string[];
  names: string[];
  shortNames: string[];
  domains: string[];
  sizeBand: Uint8Array;
  industry: Uint8Array;
  contactCount: Uint8Array;
  /** Contact ids, MAX_CONTACTS slots per account. */
  contactIds: string[];
  /** Index of the owner in org.people. */
  owner: Int32Array;
  byOwner: Map<number, number[]>;
  /** Accounts owned by field sales (new business) and by customer success (existing customers). */
  prospects: number[];
  customers: number[];
};

const CUSTOMER_SHARE = 0.28;
const ROLES = ["decision_maker", "champion", "influencer", "gatekeeper"] as const;

export type CompanyName = { name: string; shortName: string; domain: string; industry: number };

export function drawCompanyName(rng: Random): CompanyName {
  const industry = rng.pickWeighted(
    industries.map((_, i) => i),
    industries.map((x) => x.weight),
  );
  const [core, , coreRomaji] = rng.pick(companyCores);
  const [suffix, suffixRomaji] = rng.pick(industries[industry]?.suffixes ?? [["商事", "shoji"]]);
  const shortName = `${core}${suffix}`;
  const name = rng.chance(0.5) ? `株式会社${shortName}` : `${shortName}株式会社`;
  return { name, shortName, domain: `${coreRomaji}-${suffixRomaji}.example`, industry };
}

const MAX_CONTACTS = 4;

/** The id of a contact of an account (slot 0 is the decision maker). */
export function contactIdOf(book: AccountBook, account: number, slot: number): string {
  return book.contactIds[account * MAX_CONTACTS + slot] ?? "";
}

/** A random contact of the account. */
export function drawContactId(book: AccountBook, rng: Random, account: number): string {
  return contactIdOf(book, account, rng.int(0, (book.contactCount[account] ?? 2) - 1));
}

export async function generateAccounts(
  ctx: Omit<DemoContext, "accounts" | "pipelines">,
): Promise<AccountBook> {
  const { seed, config, org } = ctx;
  const count = config.accounts;
  const book: AccountBook = {
    count,
    ids: [],
    names: [],
    shortNames: [],
    domains: [],
    sizeBand: new Uint8Array(count),
    industry: new Uint8Array(count),
    contactCount: new Uint8Array(count),
    contactIds: [],
    owner: new Int32Array(count),
    byOwner: new Map(),
    prospects: [],
    customers: [],
  };
  const owners = (func: string) => org.people.filter((p) => p.func === func && p.dealWeight > 0);
  const fsOwners = owners("FS");
  const csOwners = owners("CS");
  const pickers = { fs: weightedOwners(fsOwners), cs: weightedOwners(csOwners) };
  const usedNames = new Set<string>();
  // The first accounts of each pool go round its owners, so that everyone has at least one.
  const assigned = { fs: 0, cs: 0 };
  for (let i = 0; i < count; i++) {
    const rng = createRandom(seed, "account", i);
    const customer = rng.chance(CUSTOMER_SHARE) && csOwners.length > 0;
    const pool = customer ? csOwners : fsOwners;
    const turn = customer ? assigned.cs++ : assigned.fs++;
    const owner = pool[turn] ?? (customer ? pickers.cs : pickers.fs)(rng);
    const company = drawUniqueName(rng, usedNames);
    book.ids.push(stableUuid(seed, "account", i));
    book.names.push(company.name);
    book.shortNames.push(company.shortName);
    book.domains.push(company.domain);
    book.industry[i] = company.industry;
    book.sizeBand[i] = rng.pickWeighted([0, 1, 2, 3], sizeBandWeights);
    book.contactCount[i] = rng.pickWeighted([2, 3, 4], [40, 40, 20]);
    for (let slot = 0; slot < MAX_CONTACTS; slot++)
      book.contactIds.push(stableUuid(seed, "contact", i * MAX_CONTACTS + slot));
    book.owner[i] = owner.index;
    (customer ? book.customers : book.prospects).push(i);
    const list = book.byOwner.get(owner.index) ?? [];
    list.push(i);
    book.byOwner.set(owner.index, list);
    writeAccount(ctx, book, i, rng, owner, customer);
    if (i % 1000 === 999) await ctx.writer.flushIfFull();
  }
  return book;
}

function weightedOwners(pool: Person[]): (rng: Random) => Person {
  if (pool.length === 0) {
    return () => {
      throw new Error("no account owners of this function");
    };
  }
  return createWeightedPicker(
    pool,
    pool.map((p) => p.dealWeight),
  );
}

function drawUniqueName(rng: Random, used: Set<string>): CompanyName {
  let company = drawCompanyName(rng);
  for (let attempt = 0; attempt < 8 && used.has(company.name); attempt++) company = drawCompanyName(rng);
  used.add(company.name);
  return company;
}

function writeAccount(
  ctx: Omit<DemoContext, "accounts" | "pipelines">,
  book: AccountBook,
  i: number,
  rng: Random,
  owner: Person,
  customer: boolean,
) {
  const { calendar, sinks } = ctx;
  const band = sizeBandAt(book.sizeBand[i]);
  const regional = prefectures.filter(([, , region]) => region === owner.team.region);
  const [prefecture, , , areaCode] = rng.pickWeighted(
    regional.length > 0 ? regional : prefectures,
    (regional.length > 0 ? regional : prefectures).map(([, w]) => w),
  );
  // Accounts were imported when the team moved from Excel, before the history starts.
  const createdAt = new Date(tokyoInstant(calendar.historyStart - rng.int(20, 900), rng.between(9, 18)));
  const updatedAt = new Date(
    tokyoInstant(
      calendar.historyStart + rng.int(0, calendar.today - calendar.historyStart - 1),
      rng.between(9, 18),
    ),
  );
  sinks.accounts.push({
    id: book.ids[i],
    name: book.names[i] ?? "",
    industry: industries[book.industry[i] ?? 0]?.label ?? null,
    sizeBand: band,
    region: prefecture,
    temperature: customer
      ? rng.pick(["hot", "warm", "warm"] as const)
      : rng.pickWeighted(["hot", "warm", "cold"] as const, [20, 45, 35]),
    needs: rng.pick(accountNeeds),
    notes: rng.chance(0.7) ? rng.pick(accountNotes) : null,
    decisionProcess: rng.pick(decisionProcesses[band]),
    website: `https://www.${book.domains[i]}`,
    ownerId: owner.id,
    teamId: owner.team.id,
    createdAt,
    updatedAt,
    version: rng.int(1, 6),
  });
  const contacts = book.contactCount[i] ?? 2;
  for (let slot = 0; slot < contacts; slot++) {
    const role = slot === 3 && rng.chance(0.5) ? "user" : (ROLES[slot] ?? "user");
    const person = drawPersonName(rng);
    sinks.contacts.push({
      id: contactIdOf(book, i, slot),
      accountId: book.ids[i] ?? "",
      name: person.name,
      title: rng.pick(contactTitles[role]),
      decisionRole: role,
      email: `${person.given.charAt(0)}.${person.family}@${book.domains[i]}`.toLowerCase(),
      phone: `${areaCode}-${rng.int(100, 9999)}-${rng.int(1000, 9999)}`,
      createdAt,
      updatedAt: new Date(createdAt.getTime() + rng.int(0, 200) * DAY_MS),
      version: 1,
    });
  }
}
