// Whom a caller may give a record to, and whose page they may open: one rule for every module.
import { inScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthContext } from "../auth/auth.service";
import type { DirectoryRepository } from "./directory.repository";

/** A person a record may be assigned to: active, in a team, within the caller's write scope. The
 *  record takes their team. `field` names the request field in the error. */
export async function assignablePerson(
  directory: Pick<DirectoryRepository, "findUser">,
  caller: AuthContext,
  personId: string,
  field: string,
) {
  const person = await directory.findUser(personId);
  if (!person?.active || !person.teamId) throw new AppError("INVALID_REFERENCE", { field });
  if (!inScope(caller.access.write, { teamId: person.teamId, ownerId: person.id })) {
    throw new AppError("FORBIDDEN", { field });
  }
  return { ...person, teamId: person.teamId };
}

/** A person the caller may read about (their day, their call list); anyone else is "not found". */
export async function visiblePerson(
  directory: Pick<DirectoryRepository, "findUser">,
  caller: AuthContext,
  personId: string,
) {
  const person = await directory.findUser(personId);
  if (!person || !inScope(caller.access.read, { teamId: person.teamId, ownerId: person.id })) {
    throw new AppError("NOT_FOUND");
  }
  return person;
}
