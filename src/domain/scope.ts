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

/** A scope as the API names it: "org", "team:<id>" or "user:<id>". */
export type ScopeTarget = { kind: "org" } | { kind: "team"; id: string } | { kind: "user"; id: string };

export function parseScope(param: string): ScopeTarget {
  if (param === "org") return { kind: "org" };
  const [kind, id] = param.split(":") as [string, string];
  return kind === "team" ? { kind: "team", id } : { kind: "user", id };
}

export const formatScope = (target: ScopeTarget) =>
  target.kind === "org" ? "org" : `${target.kind}:${target.id}`;

/** What a person looks at unless they choose: a member themselves, a manager their team, an admin the org. */
export function naturalScope(actor: Actor): ScopeTarget {
  if (actor.role === "admin") return { kind: "org" };
  if (actor.role === "manager" && actor.teamId) return { kind: "team", id: actor.teamId };
  return { kind: "user", id: actor.userId };
}

/** Whether an aggregate over the target stays within what the caller may read. */
export function mayView(
  read: RecordScope,
  target: ScopeTarget,
  person?: { id: string; teamId: string | null },
) {
  if (read.all) return true;
  switch (target.kind) {
    case "org":
      return false;
    case "team":
      return read.teamIds.includes(target.id);
    case "user":
      return person !== undefined && inScope(read, { teamId: person.teamId, ownerId: person.id });
  }
}
