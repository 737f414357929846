// Who an unacknowledged alert goes to next: the manager of the recipient's team, walking up the team
// tree while a team has none (a manager's own alert goes to the manager above them).
import type { TeamNode } from "../scope";

export type ManagerCandidate = { id: string; teamId: string | null; role: "admin" | "manager" };

/** The first manager (managers before admins, in the order given) of the team or the nearest team
 *  above it, other than `exclude`; null when the tree has none. */
export function managerFor(
  teamId: string | null,
  teams: readonly TeamNode[],
  managers: readonly ManagerCandidate[],
  exclude?: string,
): string | null {
  const parentOf = new Map(teams.map((t) => [t.id, t.parentId]));
  const seen = new Set<string>();
  for (let team = teamId; team !== null && !seen.has(team); team = parentOf.get(team) ?? null) {
    seen.add(team);
    const here = managers.filter((m) => m.teamId === team && m.id !== exclude);
    const pick = here.find((m) => m.role === "manager") ?? here[0];
    if (pick) return pick.id;
  }
  return null;
}
