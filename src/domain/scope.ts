// Who may see and change which records (SPEC.md section 1), as pure rules over the team tree.

export type Role = "admin" | "manager" | "member";
export type TeamNode = { id: string; parentId: string | null };
export type Actor = { userId: string; role: Role; teamId: string | null };

/** A set of records: everything, or those of some teams plus those one person owns. */
export type RecordScope = { all: true } | { all: false; teamIds: string[]; ownerId: string | null };
export type Access = { read: RecordScope; write: RecordScope };

/** The team and every team below it. */
export function subtreeOf(teams: TeamNode[], rootId: string): string[] {
  const children = new Map<string | null, string[]>();
  for (const team of teams) children.set(team.parentId, [...(children.get(team.parentId) ?? []), team.id]);
  const result: string[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    result.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

export function accessFor(actor: Actor, teams: TeamNode[], memberVisibility: "own" | "team"): Access {
  const ownTeams = actor.teamId ? subtreeOf(teams, actor.teamId) : [];
  switch (actor.role) {
    case "admin":
      return { read: { all: true }, write: { all: true } };
    case "manager": {
      const scope: RecordScope = { all: false, teamIds: ownTeams, ownerId: actor.userId };
      return { read: scope, write: scope };
    }
    case "member": {
      const own: RecordScope = { all: false, teamIds: [], ownerId: actor.userId };
      const read: RecordScope = memberVisibility === "team" ? { ...own, teamIds: ownTeams } : own;
      return { read, write: own };
    }
  }
}

export function inScope(scope: RecordScope, record: { teamId: string | null; ownerId: string | null }) {
  if (scope.all) return true;
  return (
    (record.teamId !== null && scope.teamIds.includes(record.teamId)) ||
    (scope.ownerId !== null && record.ownerId === scope.ownerId)
  );
}
