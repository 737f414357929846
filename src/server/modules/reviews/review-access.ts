// Who may see and change a sheet: read by whoever may read its scope (another team's sheet is "not
// found"), written by the scope's managers and admins, and a member's own daily report by them.

import { mayOwnAction, mayWriteReview } from "../../../domain/reviews/review-rules";
import { mayView, parseScope, type ScopeTarget, subtreeOf } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthContext } from "../auth/auth.service";
import { assignablePerson } from "../directory/assignable-person";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { ReviewRow } from "./reviews.repository";

export type SheetAccess = {
  target: ScopeTarget;
  person: { id: string; teamId: string | null } | undefined;
  readable: boolean;
  writable: boolean;
};

const writerOf = (caller: AuthContext) => ({
  userId: caller.userId,
  role: caller.role,
  write: caller.access.write,
});

/** The caller's rights on a sheet of this kind and scope, with the person a personal sheet is of. */
export async function accessOf(
  directory: DirectoryRepository,
  caller: AuthContext,
  sheet: Pick<ReviewRow, "kind" | "scope">,
): Promise<SheetAccess> {
  const target = parseScope(sheet.scope);
  const person = target.kind === "user" ? await directory.findUser(target.id) : undefined;
  const readable =
    (target.kind !== "user" || person !== undefined) && mayView(caller.access.read, target, person);
  const writable = readable && mayWriteReview(writerOf(caller), sheet.kind, target, person);
  return { target, person, readable, writable };
}

/** Readable, else 404; writable, else 403. */
export async function requireAccess(
  directory: DirectoryRepository,
  caller: AuthContext,
  sheet: Pick<ReviewRow, "kind" | "scope"> | undefined,
  need: "read" | "write",
): Promise<SheetAccess> {
  if (!sheet) throw new AppError("NOT_FOUND");
  const access = await accessOf(directory, caller, sheet);
  if (!access.readable) throw new AppError("NOT_FOUND");
  if (need === "write" && !access.writable) throw new AppError("FORBIDDEN");
  return access;
}

/** An action's owner must be active, someone the caller may assign to, inside the sheet's scope;
 *  answers the owner's team (their task's team). */
export async function ownerTeamOf(
  directory: DirectoryRepository,
  caller: AuthContext,
  target: ScopeTarget,
  ownerId: string,
): Promise<string> {
  const owner = await assignablePerson(directory, caller, ownerId, "ownerId");
  const scopeTeams = target.kind === "team" ? subtreeOf(await directory.listTeams("all"), target.id) : null;
  if (!mayOwnAction(writerOf(caller), target, scopeTeams, owner)) {
    throw new AppError("INVALID_REFERENCE", { field: "ownerId" });
  }
  return owner.teamId;
}
