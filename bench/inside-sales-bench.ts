// The inside-sales reads: the IS section of the dashboard (KPIs, conversion by channel over the
// period's leads, SLA breaches) for the org and a team, the org's leads past their SLA, an IS rep's
// call list and a rep's day.
import type { InsideSales } from "../src/contract/inside-sales";
import type { loginClient } from "./http-client";
import { timeRepeated } from "./measure";

type Client = Awaited<ReturnType<typeof loginClient>>;
type Row = { scenario: string; budget: string; result: string };
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function benchInsideSales(admin: Client, teamId: string): Promise<Row[]> {
  const users = (
    await admin.call<{ id: string; function: string | null; active: boolean }[]>("GET", "/api/v1/users")
  ).body;
  const isRep = users.find((u) => u.active && u.function === "IS");
  const fsRep = users.find((u) => u.active && u.function === "FS");
  if (!isRep || !fsRep) throw new Error("the dataset has no IS or FS rep to bench on");
  const org = (await admin.call<InsideSales>("GET", "/api/v1/inside-sales")).body;
  const scenarios: [string, string][] = [
    [`inside-sales section, org (${org.total.leads} leads this month)`, "/api/v1/inside-sales"],
    ["inside-sales section, a team", `/api/v1/inside-sales?scope=team:${teamId}`],
    ["leads past their SLA now, org, first page", "/api/v1/leads?slaBreached=true&open=true&limit=50"],
    ["call list of an IS rep", `/api/v1/leads/call-list?userId=${isRep.id}`],
    ["my day of an FS rep", `/api/v1/my-day?userId=${fsRep.id}`],
  ];
  const rows: Row[] = [];
  for (const [scenario, url] of scenarios) {
    const timed = await timeRepeated(() => admin.call("GET", url), 20, 3);
    rows.push({ scenario, budget: "—", result: `${ms(timed.median)} (p95 ${ms(timed.p95)})` });
  }
  return rows;
}
