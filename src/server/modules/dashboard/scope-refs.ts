// Names for scopes: the scope itself, the breadcrumb up to the org and the one-click-down list, each
// limited to what the caller may read; and every team's name, for the lists that show one.
import type { ScopeRef } from "../../../contract/dashboard";
import type { Language } from "../../../contract/errors";
import { formatScope, mayView, type ScopeTarget } from "../../../domain/scope";
import type { AuthContext } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";

type Team = Awaited<ReturnType<DirectoryRepository["listTeams"]>>[number];
type Person = Awaited<ReturnType<DirectoryRepository["listUsers"]>>[number];

export async function scopeRefsOf(
  directory: DirectoryRepository,
  caller: AuthContext,
  target: ScopeTarget,
  lang: Language,
) {
  const [teams, people] = await Promise.all([directory.listTeams("all"), directory.listUsers({ all: true })]);
  const en = lang === "en";
  const teamName = (t: Team) => (en && t.nameEn) || t.name;
  const ofTeam = (t: Team): ScopeRef =>
    t.kind === "org"
      ? { scope: "org", kind: "org", id: null, name: teamName(t) }
      : { scope: `team:${t.id}`, kind: "team", id: t.id, name: teamName(t) };
  const ofPerson = (p: Person): ScopeRef => ({
    scope: `user:${p.id}`,
    kind: "user",
    id: p.id,
    name: (en && p.nameEn) || p.name,
  });
  const root = teams.find((t) => t.kind === "org");
  const visible = (ref: ScopeRef) =>
    ref.kind === "user"
      ? mayView(
          caller.access.read,
          { kind: "user", id: ref.id as string },
          people.find((p) => p.id === ref.id),
        )
      : mayView(
          caller.access.read,
          ref.kind === "org" ? { kind: "org" } : { kind: "team", id: ref.id as string },
        );

  // The chain of teams from the org down to the scope's team.
  const chainTo = (teamId: string | null) => {
    const chain: Team[] = [];
    for (let t = teams.find((x) => x.id === teamId); t; t = teams.find((x) => x.id === t?.parentId))
      chain.unshift(t);
    return chain;
  };
  let self: ScopeRef;
  let trail: ScopeRef[];
  let children: ScopeRef[] = [];
  switch (target.kind) {
    case "org": {
      self = root
        ? ofTeam(root)
        : { scope: "org", kind: "org", id: null, name: en ? "Organisation" : "全社" };
      trail = [self];
      children = teams.filter((t) => t.parentId === (root?.id ?? null) && t.kind !== "org").map(ofTeam);
      break;
    }
    case "team": {
      const team = teams.find((t) => t.id === target.id);
      trail = chainTo(team?.id ?? null).map(ofTeam);
      self = trail[trail.length - 1] ?? { scope: formatScope(target), kind: "team", id: target.id, name: "" };
      children = [
        ...teams.filter((t) => t.parentId === target.id).map(ofTeam),
        ...people.filter((p) => p.teamId === target.id && p.active && p.role !== "admin").map(ofPerson),
      ];
      break;
    }
    case "user": {
      const person = people.find((p) => p.id === target.id);
      self = person
        ? ofPerson(person)
        : { scope: formatScope(target), kind: "user", id: target.id, name: "" };
      trail = [...chainTo(person?.teamId ?? null).map(ofTeam), self];
      break;
    }
  }
  const teamNames = new Map(teams.map((t) => [t.id, teamName(t)]));
  return { self, breadcrumb: trail.filter(visible), children: children.filter(visible), teamNames };
}
