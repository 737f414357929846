// The dataset sizes: the demo organisation of `npm start` and the bench datasets S / M / L of
// ARCHITECTURE.md. One code path; only these numbers differ.

export type DemoSize = "demo" | "S" | "M" | "L";
export type SalesFunction = "IS" | "FS" | "CS";

export type TeamPlan = {
  name: string;
  nameEn: string;
  func: SalesFunction;
  /** Sales region an FS team covers (accounts are owned by the team of their region). */
  region: string;
  /** Inside sales: inbound teams answer web, event and ad leads; outbound teams call lists. */
  isMode: "inbound" | "outbound" | null;
  /** Members besides the manager. */
  members: number;
};

export type SizeConfig = {
  teams: TeamPlan[];
  marketers: number;
  accounts: number;
  /** Deals created over the 12 months (new business and renewals). */
  deals: number;
  renewalShare: number;
  /** Daily volumes per full-time person on a business day. */
  is: { calls: number; emails: number; inboundLeads: number };
  fs: { calls: number; emails: number };
  cs: { calls: number; emails: number; meetings: number };
  /** Extra follow-up emails and calls per deal stage (bench sizes trade them for volume). */
  dealTouches: number;
};

const team = (
  name: string,
  nameEn: string,
  func: SalesFunction,
  members: number,
  region = "東京",
  isMode: TeamPlan["isMode"] = null,
): TeamPlan => ({ name, nameEn, func, region, isMode, members });

const demoTeams: TeamPlan[] = [
  team("IS第1チーム", "IS Team 1", "IS", 3, "東京", "inbound"),
  team("IS第2チーム", "IS Team 2", "IS", 2, "東京", "outbound"),
  team("東京FS第1チーム", "Tokyo FS Team 1", "FS", 4),
  team("東京FS第2チーム", "Tokyo FS Team 2", "FS", 4),
  team("大阪FSチーム", "Osaka FS Team", "FS", 3, "大阪"),
  team("CSチーム", "CS Team", "CS", 3),
];

const regionsEn: Record<string, string> = {
  東京: "Tokyo",
  大阪: "Osaka",
  名古屋: "Nagoya",
  福岡: "Fukuoka",
  札幌: "Sapporo",
  仙台: "Sendai",
  広島: "Hiroshima",
};
const regionWeights: [string, number][] = [
  ["東京", 0.5],
  ["大阪", 0.2],
  ["名古屋", 0.1],
  ["福岡", 0.1],
  ["札幌", 0.04],
  ["仙台", 0.03],
  ["広島", 0.03],
];

/** Teams for the bench sizes: 30% IS, 15% CS, the rest FS spread over regions, Tokyo first. */
export function planTeams(teamCount: number, members: number): TeamPlan[] {
  const isCount = Math.max(1, Math.round(teamCount * 0.3));
  const csCount = Math.max(1, Math.round(teamCount * 0.15));
  const fsCount = Math.max(1, teamCount - isCount - csCount);
  const plans: TeamPlan[] = [];
  for (let n = 1; n <= isCount; n++) {
    plans.push(team(`IS第${n}チーム`, `IS Team ${n}`, "IS", 0, "東京", n % 2 === 1 ? "inbound" : "outbound"));
  }
  for (const [region, count] of allocateRegions(fsCount)) {
    for (let n = 1; n <= count; n++) {
      const single = count === 1 && region !== "東京";
      const en = regionsEn[region] ?? region;
      plans.push(
        team(
          single ? `${region}FSチーム` : `${region}FS第${n}チーム`,
          single ? `${en} FS Team` : `${en} FS Team ${n}`,
          "FS",
          0,
          region,
        ),
      );
    }
  }
  for (let n = 1; n <= csCount; n++) {
    plans.push(
      team(
        csCount === 1 ? "CSチーム" : `CS第${n}チーム`,
        csCount === 1 ? "CS Team" : `CS Team ${n}`,
        "CS",
        0,
      ),
    );
  }
  plans.forEach((plan, i) => {
    plan.members = Math.floor(members / plans.length) + (i < members % plans.length ? 1 : 0);
  });
  return plans;
}

function allocateRegions(fsCount: number): [string, number][] {
  const counts = regionWeights.map(([region, w]) => [region, Math.floor(w * fsCount)] as [string, number]);
  let left = fsCount - counts.reduce((sum, [, c]) => sum + c, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) {
    const entry = counts[i];
    if (entry) entry[1]++;
  }
  const tokyo = counts[0];
  // Tokyo keeps at least two teams (the demo logins live in 東京FS第1チーム).
  while (tokyo && tokyo[1] < Math.min(2, fsCount)) {
    const donor = [...counts].reverse().find(([region, c]) => region !== "東京" && c > 0);
    if (!donor) break;
    donor[1]--;
    tokyo[1]++;
  }
  return counts.filter(([, c]) => c > 0);
}

/** People outside teams: the admin, three department heads and the marketers. */
function benchTeams(teamCount: number, people: number, marketers: number): TeamPlan[] {
  return planTeams(teamCount, people - 4 - marketers - teamCount);
}

export function sizeConfig(size: DemoSize): SizeConfig {
  switch (size) {
    case "demo":
      return {
        teams: demoTeams,
        marketers: 1,
        accounts: 150,
        deals: 480,
        renewalShare: 0.08,
        is: { calls: 20, emails: 8, inboundLeads: 3 },
        fs: { calls: 1, emails: 2 },
        cs: { calls: 1, emails: 4, meetings: 0.6 },
        dealTouches: 1,
      };
    case "S":
      return {
        teams: benchTeams(5, 50, 1),
        marketers: 1,
        accounts: 2_000,
        deals: 10_000,
        renewalShare: 0.08,
        is: { calls: 7, emails: 3, inboundLeads: 1 },
        fs: { calls: 0.5, emails: 0.5 },
        cs: { calls: 0.5, emails: 1, meetings: 0.5 },
        dealTouches: 0.25,
      };
    case "M":
      return {
        teams: benchTeams(20, 200, 2),
        marketers: 2,
        accounts: 20_000,
        deals: 100_000,
        renewalShare: 0.08,
        is: { calls: 25, emails: 9, inboundLeads: 3 },
        fs: { calls: 1, emails: 1 },
        cs: { calls: 1, emails: 2, meetings: 0.6 },
        dealTouches: 0.25,
      };
    case "L":
      return {
        teams: benchTeams(200, 2_000, 20),
        marketers: 20,
        accounts: 200_000,
        deals: 1_000_000,
        renewalShare: 0.08,
        is: { calls: 25, emails: 9, inboundLeads: 3 },
        fs: { calls: 1, emails: 1 },
        cs: { calls: 1, emails: 2, meetings: 0.6 },
        dealTouches: 0.25,
      };
  }
}
