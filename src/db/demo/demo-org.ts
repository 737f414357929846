// The demo organisation: org → departments → teams, and the people with the traits that make their
// numbers differ (volume, conversion, discipline), so that rankings and bottlenecks are interesting.
import type { DemoCalendar } from "./demo-calendar";
import { drawPersonName, type PersonName } from "./demo-names";
import { createRandom, type Random, stableUuid } from "./demo-random";
import type { SalesFunction, SizeConfig, TeamPlan } from "./demo-sizes";

export type Skill = "junior" | "mid" | "senior";

export type TeamNode = {
  index: number;
  id: string;
  parentId: string | null;
  name: string;
  nameEn: string;
  kind: "org" | "department" | "team";
  func: SalesFunction | null;
  region: string;
  isMode: TeamPlan["isMode"];
  managerId: string | null;
};

export type Person = PersonName & {
  index: number;
  id: string;
  email: string;
  role: "admin" | "manager" | "member";
  func: "MKT" | SalesFunction | null;
  skill: Skill;
  team: TeamNode;
  hiredOn: number;
  /** First day with activity in the history (hire date or the history start). */
  activeFrom: number;
  /** Daily volume multiplier: 1 for a rep, less for player-managers, 0 for people without quota. */
  volume: number;
  /** Share of deals this person owns, relative to peers. */
  dealWeight: number;
  connect: number;
  /** Chance that a reached call becomes an effective contact. */
  effective: number;
  /** Chance that an effective contact sets a meeting. */
  meetingSet: number;
  /** Multiplier of the chance to move a deal forward at each stage. */
  winFactor: number;
  /** Chance that a deal of theirs stalls (no update, no next meeting). */
  stuckRate: number;
  /** Median minutes to answer an inbound lead. */
  responseMinutes: number;
  /** Chance to hand a lead over with all four BANT fields. */
  bantDiscipline: number;
};

export type Org = { nodes: TeamNode[]; people: Person[] };

export const DEMO_LOGINS = {
  admin: "admin@susumu.example",
  manager: "manager@susumu.example",
  member: "member@susumu.example",
} as const;

const LOGIN_NAMES: Record<keyof typeof DEMO_LOGINS, PersonName> = {
  admin: { name: "佐藤 美咲", nameEn: "Misaki Sato", family: "Sato", given: "Misaki" },
  manager: { name: "高橋 健一", nameEn: "Kenichi Takahashi", family: "Takahashi", given: "Kenichi" },
  member: { name: "田中 翔太", nameEn: "Shota Tanaka", family: "Tanaka", given: "Shota" },
};

const DEPARTMENTS: [SalesFunction, string, string][] = [
  ["IS", "マーケティング・インサイドセールス部", "Marketing & Inside Sales"],
  ["FS", "フィールドセールス部", "Field Sales"],
  ["CS", "カスタマーサクセス部", "Customer Success"],
];

export function buildOrg(seed: number, config: SizeConfig, calendar: DemoCalendar): Org {
  const nodes: TeamNode[] = [];
  const addNode = (node: Omit<TeamNode, "index" | "id" | "managerId">) => {
    const full: TeamNode = {
      ...node,
      index: nodes.length,
      id: stableUuid(seed, "team", nodes.length),
      managerId: null,
    };
    nodes.push(full);
    return full;
  };
  const root = addNode({
    parentId: null,
    name: "株式会社ススム",
    nameEn: "Susumu Inc.",
    kind: "org",
    func: null,
    region: "東京",
    isMode: null,
  });
  const departments = new Map(
    DEPARTMENTS.map(([func, name, nameEn]) => [
      func,
      addNode({ parentId: root.id, name, nameEn, kind: "department", func, region: "東京", isMode: null }),
    ]),
  );
  const teamNodes = config.teams.map((plan) =>
    addNode({ ...plan, parentId: departments.get(plan.func)?.id ?? root.id, kind: "team" }),
  );

  const people: Person[] = [];
  const emails = new Set<string>();
  const add = (spec: PersonSpec) => {
    const person = createPerson(seed, people.length, spec, calendar, emails);
    people.push(person);
    return person;
  };
  add({ team: root, role: "admin", func: null, login: "admin", skill: "senior" });
  for (const [func, department] of departments) {
    department.managerId = add({ team: department, role: "manager", func, skill: "senior", quota: 0 }).id;
  }
  const isDepartment = departments.get("IS") ?? root;
  for (let i = 0; i < config.marketers; i++)
    add({ team: isDepartment, role: "member", func: "MKT", quota: 0 });
  config.teams.forEach((plan, t) => {
    const node = teamNodes[t] as TeamNode;
    const firstTokyoFs = node.name === "東京FS第1チーム";
    node.managerId = add({
      team: node,
      role: "manager",
      func: plan.func,
      skill: "senior",
      quota: 0.4,
      login: firstTokyoFs ? "manager" : undefined,
    }).id;
    for (let m = 0; m < plan.members; m++) {
      add({
        team: node,
        role: "member",
        func: plan.func,
        login: firstTokyoFs && m === 0 ? "member" : undefined,
      });
    }
  });
  applyPersonas(teamNodes, people);
  return { nodes, people };
}

type PersonSpec = {
  team: TeamNode;
  role: Person["role"];
  func: Person["func"];
  skill?: Skill;
  /** Volume multiplier: 1 for reps, 0.4 for player-managers, 0 for heads and marketers. */
  quota?: number;
  login?: keyof typeof DEMO_LOGINS | undefined;
};

function createPerson(
  seed: number,
  index: number,
  spec: PersonSpec,
  calendar: DemoCalendar,
  emails: Set<string>,
): Person {
  const rng = createRandom(seed, "person", index);
  const skill =
    spec.login === "member"
      ? "mid"
      : (spec.skill ?? rng.pickWeighted<Skill>(["junior", "mid", "senior"], [15, 20, 65]));
  const personName = spec.login ? LOGIN_NAMES[spec.login] : drawPersonName(rng);
  const email = spec.login ? DEMO_LOGINS[spec.login] : uniqueEmail(personName, emails);
  emails.add(email);
  const hiredOn =
    spec.login === "member" ? calendar.today - 300 : drawHireDay(rng, skill, spec.role, calendar.today);
  const level = ({ junior: 0, mid: 1, senior: 2 } as const)[skill];
  const byLevel = (values: readonly [number, number, number]) => values[level];
  const noise = (sd: number) => Math.min(1 + 2.5 * sd, Math.max(1 - 2.5 * sd, rng.normal(1, sd)));
  const volume = (spec.quota ?? 1) * noise(0.12);
  return {
    ...personName,
    index,
    id: stableUuid(seed, "user", index),
    email,
    role: spec.role,
    func: spec.func,
    skill,
    team: spec.team,
    hiredOn,
    activeFrom: Math.max(calendar.historyStart, hiredOn),
    volume,
    dealWeight: volume * byLevel([0.8, 1, 1.1]),
    connect: byLevel([0.23, 0.255, 0.28]) * noise(0.06),
    effective: byLevel([0.63, 0.68, 0.72]) * noise(0.05),
    meetingSet: byLevel([0.055, 0.07, 0.085]) * noise(0.12),
    winFactor: byLevel([0.95, 1, 1.035]) * noise(0.015),
    stuckRate: byLevel([0.14, 0.09, 0.06]) * noise(0.2),
    responseMinutes: byLevel([35, 15, 7]) * rng.logNormal(1, 0.3),
    bantDiscipline: byLevel([0.5, 0.62, 0.72]) * noise(0.05),
  };
}

/** Hire dates consistent with the skill level (初級 0-6 months, 中級 6-12, 上級 1 year+). */
function drawHireDay(rng: Random, skill: Skill, role: Person["role"], today: number): number {
  if (role !== "member") return today - rng.int(900, 3000);
  if (skill === "junior") return today - rng.int(35, 175);
  if (skill === "mid") return today - rng.int(190, 355);
  return today - rng.int(400, 2600);
}

function uniqueEmail(name: PersonName, taken: Set<string>): string {
  const base = `${name.given}.${name.family}`.toLowerCase();
  let email = `${base}@susumu.example`;
  for (let n = 2; taken.has(email); n++) email = `${base}${n}@susumu.example`;
  return email;
}

/** A few recognisable profiles, the cases seed 002's diagnosis is about. */
function applyPersonas(teamNodes: TeamNode[], people: Person[]) {
  const membersOf = (node: TeamNode | undefined) =>
    people.filter(
      (p) =>
        node &&
        p.team === node &&
        p.role === "member" &&
        !Object.values(DEMO_LOGINS).includes(p.email as never),
    );
  const isTeam = teamNodes.find((n) => n.func === "IS" && n.isMode === "inbound");
  const fsTeams = teamNodes.filter((n) => n.func === "FS");
  const [busyCaller, slowResponder] = membersOf(isTeam);
  // Works hard but converts little: a quality problem, not a volume one.
  if (busyCaller) Object.assign(busyCaller, { volume: 1.45, meetingSet: 0.035, effective: 0.6 });
  if (slowResponder) slowResponder.responseMinutes = 160;
  // Few meetings but the best win rate: needs more volume.
  const [closer] = membersOf(fsTeams[1] ?? fsTeams[0]);
  if (closer) Object.assign(closer, { volume: 0.6, dealWeight: 0.55, winFactor: 1.1 });
  // Many deals left without a next step.
  const [, sloppy] = membersOf(fsTeams[2] ?? fsTeams[0]);
  if (sloppy) Object.assign(sloppy, { stuckRate: 0.32 });
}
