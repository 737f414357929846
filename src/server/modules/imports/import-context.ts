// What every row of a run is read against: the caller, the org's time zone, the fields the file maps,
// the people owners resolve to, and the stages of the target pipeline.
import type { ImportMapping } from "../../../contract/imports";
import type { ImportPreset } from "../../../domain/imports/import-presets";
import type { ImportRowErrorCode } from "../../../domain/imports/import-row-errors";
import { createStageMatcher, type MatchableStage } from "../../../domain/imports/stage-matching";
import type { BusinessHours } from "../../../domain/inside-sales/business-hours";
import type { PickItem } from "../../../domain/inside-sales/inside-sales-settings";
import { inScope } from "../../../domain/scope";
import type { AuthContext } from "../auth/auth.service";

export type ImportUser = {
  id: string;
  email: string;
  name: string;
  nameEn: string | null;
  teamId: string | null;
  active: boolean;
};
export type ImportStage = MatchableStage & { pipelineId: string };

export type ImportContext = {
  importId: string;
  caller: AuthContext;
  timeZone: string;
  /** The org's working hours and lead SLA: imported leads' response times count by them. */
  hours: BusinessHours;
  slaMinutes: number;
  /** The org's lead channels, that lead rows are read against. */
  channels: PickItem[];
  /** When the run started: "now" for rows that carry no date of their own. */
  startedAt: Date;
  preset: ImportPreset;
  mapping: ImportMapping;
  /** Fields the file has a column for: the only ones an update changes. */
  mapped: Set<string>;
  owners: OwnerResolver;
  stages: { all: ImportStage[]; match: ReturnType<typeof createStageMatcher<ImportStage>> };
  /** Values that matched nothing, per field, for the mapping step. */
  unknown: Map<string, Set<string>>;
};

const personKey = (value: string) => value.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

export type OwnerResolution =
  | { ownerId: string | null; teamId: string | null }
  | { error: ImportRowErrorCode };
export type OwnerResolver = (value: string | undefined) => OwnerResolution;

/**
 * An owner by the mapping, e-mail or name; one that matches nobody (a Salesforce user id, say) goes
 * to the importing user (null here: the SQL fills in the caller), listed for the mapping step.
 */
export function createOwnerResolver(
  users: ImportUser[],
  caller: AuthContext,
  explicit: Record<string, string>,
  unknown: (value: string) => void,
): OwnerResolver {
  const byKey = new Map<string, ImportUser>();
  for (const user of users) {
    for (const key of [user.email, user.name, user.nameEn]) if (key) byKey.set(personKey(key), user);
  }
  const byId = new Map(users.map((u) => [u.id, u]));
  const mapped = new Map(Object.entries(explicit).map(([value, id]) => [personKey(value), byId.get(id)]));
  const self = byId.get(caller.userId);
  return (value) => {
    const key = value === undefined ? undefined : personKey(value);
    const user = key === undefined ? undefined : (mapped.get(key) ?? byKey.get(key));
    if (key !== undefined && !user) unknown(value as string);
    const owner = user ?? self;
    if (!owner?.active || !owner.teamId) return { error: "OWNER_INACTIVE" };
    if (!inScope(caller.access.write, { teamId: owner.teamId, ownerId: owner.id }))
      return { error: "OWNER_OUT_OF_SCOPE" };
    return user ? { ownerId: user.id, teamId: user.teamId } : { ownerId: null, teamId: null };
  };
}

export function createContext(input: {
  importId: string;
  caller: AuthContext;
  timeZone: string;
  hours: BusinessHours;
  slaMinutes: number;
  channels: PickItem[];
  startedAt: Date;
  preset: ImportPreset;
  mapping: ImportMapping;
  mapped: Set<string>;
  users: ImportUser[];
  stages: ImportStage[];
}): ImportContext {
  const ctx: ImportContext = {
    ...input,
    owners: () => ({ error: "OWNER_INACTIVE" }),
    stages: {
      all: input.stages,
      match: createStageMatcher(input.stages, input.preset, input.mapping.stages),
    },
    unknown: new Map(),
  };
  ctx.owners = createOwnerResolver(input.users, input.caller, input.mapping.owners ?? {}, (value) =>
    noteUnknown(ctx, "owner", value),
  );
  return ctx;
}

export const noteUnknown = (ctx: ImportContext, field: string, value: string) => {
  const values = ctx.unknown.get(field) ?? new Set<string>();
  if (values.size < 200) values.add(value);
  ctx.unknown.set(field, values);
};
