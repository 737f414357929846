// The caller's scope parameter ("org", "team:<id>", "user:<id>"; their natural scope when absent),
// checked against what they may read, and the records it covers: a team's whole subtree, or one owner.
import {
  mayView,
  naturalScope,
  parseScope,
  type RecordScope,
  type ScopeTarget,
  subtreeOf,
} from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthContext } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { MetricScope } from "./metrics.repository";

export type ResolvedScope = { target: ScopeTarget; filter: MetricScope };

export async function resolveScope(
  directory: DirectoryRepository,
  caller: AuthContext,
  param: string | undefined,
): Promise<ResolvedScope> {
  const target = param ? parseScope(param) : naturalScope(caller);
  const person = target.kind === "user" ? await directory.findUser(target.id) : undefined;
  if (target.kind === "user" && !person) throw new AppError("NOT_FOUND");
  if (!mayView(caller.access.read, target, person)) throw new AppError("FORBIDDEN");
  switch (target.kind) {
    case "org":
      return { target, filter: {} };
    case "team":
      return { target, filter: { teamIds: subtreeOf(await directory.listTeams("all"), target.id) } };
    case "user":
      return { target, filter: { ownerId: target.id } };
  }
}

/** The records of a resolved scope as a record scope, for the repositories that filter by one. */
export const recordScopeOf = (filter: MetricScope): RecordScope =>
  filter.teamIds
    ? { all: false, teamIds: filter.teamIds, ownerId: null }
    : filter.ownerId
      ? { all: false, teamIds: [], ownerId: filter.ownerId }
      : { all: true };
