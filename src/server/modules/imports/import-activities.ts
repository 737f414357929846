// Activities: kind and outcome read from the file's words (Salesforce's task subtypes, HubSpot's call
// and meeting outcomes, Japanese labels); linked to a deal, an account and a contact where the file
// names them and the caller may read them. An outcome that fits no known word is left empty.
import { isOutcomeAllowed } from "../../../domain/activity-rules";
import {
  readActivityKind,
  readCallOutcome,
  readEmailOutcome,
  readMeetingOutcome,
} from "../../../domain/imports/value-vocabulary";
import { type ImportContext, noteUnknown } from "./import-context";
import { dropRefusedRows, ownerColumns, ownerOf, ownerStaging } from "./import-owned";
import { type KindPlan, moment, numberOf, text } from "./import-plan";
import { scopeSql, timestampOf, type UpsertColumn, upsertSql } from "./import-sql";

function outcomeOf(kind: string, value: string | null) {
  if (kind === "email") return value ? (readEmailOutcome(value) ?? "sent") : "sent";
  if (!value) return null;
  const outcome = kind === "call" ? readCallOutcome(value) : readMeetingOutcome(value);
  return outcome && isOutcomeAllowed(kind as "call", outcome) ? outcome : null;
}

export function activitiesPlan(ctx: ImportContext): KindPlan {
  const visible = (alias: string) =>
    scopeSql(ctx.caller.access.read, `${alias}.team_id`, `${alias}.owner_id`);
  const mappedAny = (...fields: string[]) => fields.some((f) => ctx.mapped.has(f));
  const plain = (name: string, ...fields: string[]): UpsertColumn => ({
    name,
    insert: `s.${name}`,
    update: mappedAny(...fields) ? `s.${name}` : undefined,
  });
  const upsert = upsertSql({
    table: "activities",
    importId: ctx.importId,
    columns: [
      { name: "external_id", insert: "s.external_id" },
      { name: "kind", insert: "s.kind", update: "s.kind" },
      plain("outcome", "outcome", "meetingOutcome"),
      plain("subject", "subject"),
      plain("note", "note"),
      plain("duration_sec", "durationSec"),
      {
        name: "occurred_at",
        insert: timestampOf("s.occurred_at", ctx.timeZone),
        update: timestampOf("s.occurred_at", ctx.timeZone),
      },
      ...ownerColumns(ctx),
      plain("deal_id", "dealExternalId"),
      plain("account_id", "accountExternalId", "dealExternalId", "contactEmail"),
      plain("contact_id", "contactEmail"),
    ],
    touch: ["updated_at = now()", "version = o.version + 1"],
  });
  return {
    columns: [
      ["kind", "text"],
      ["outcome", "text"],
      ["subject", "text"],
      ["note", "text"],
      ["duration_sec", "int"],
      ["occurred_at", "text"],
      ...ownerStaging,
      ["deal_ext", "text"],
      ["account_ext", "text"],
      ["contact_email", "text"],
      ["deal_id", "uuid"],
      ["account_id", "uuid"],
      ["contact_id", "uuid"],
    ],
    prepare(values) {
      const kindText = String(values.kind);
      const kind = readActivityKind(kindText);
      if (!kind) {
        noteUnknown(ctx, "kind", kindText);
        return { errors: [{ field: "kind", code: "UNKNOWN_VALUE", value: kindText }] };
      }
      const found = ownerOf(ctx, values);
      if ("error" in found) return { errors: [found.error] };
      const { owner } = found;
      const outcome = outcomeOf(kind, text(values, "outcome") ?? text(values, "meetingOutcome"));
      return {
        cells: [
          kind,
          outcome,
          text(values, "subject"),
          text(values, "note"),
          numberOf(values, "durationSec"),
          moment(values, "occurredAt"),
          owner.ownerId,
          owner.teamId,
          text(values, "dealExternalId"),
          text(values, "accountExternalId"),
          text(values, "contactEmail")?.toLowerCase() ?? null,
          null,
          null,
          null,
        ],
      };
    },
    async apply(query) {
      const refused = await dropRefusedRows(query, ctx, "activities");
      // Each chunk pays for every statement: none for a link the file cannot make.
      if (mappedAny("dealExternalId"))
        await query(`update import_rows s set deal_id = d.id, account_id = d.account_id from deals d
          where s.deal_ext is not null and d.external_id = s.deal_ext and ${visible("d")}`);
      if (mappedAny("accountExternalId"))
        await query(`update import_rows s set account_id = a.id from accounts a
          where s.account_id is null and s.account_ext is not null and a.external_id = s.account_ext and ${visible("a")}`);
      if (mappedAny("contactEmail"))
        await query(`update import_rows s set contact_id = c.id, account_id = coalesce(s.account_id, c.account_id)
        from (select distinct on (lower(c.email)) c.id, c.account_id, lower(c.email) as email from contacts c
              join accounts a on a.id = c.account_id where c.email is not null and ${visible("a")}
              order by lower(c.email), c.created_at) c
        where s.contact_email is not null and c.email = s.contact_email`);
      if (upsert.update) await query(upsert.update);
      await query(upsert.insert);
      return refused;
    },
  };
}
