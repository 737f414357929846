// Accounts and their contacts. A contact belongs to an account (by its external id, name or domain)
// and is in scope when its account is.
import { readDecisionRole } from "../../../domain/imports/value-vocabulary";
import { linkAccountsSql } from "./import-accounts-sql";
import { type ImportContext, noteUnknown } from "./import-context";
import { dropRefusedRows, ownerColumns, ownerOf, ownerStaging } from "./import-owned";
import { type KindPlan, type PrepareError, text } from "./import-plan";
import { scopeSql, type UpsertColumn, upsertSql } from "./import-sql";

const columnsOf = (ctx: ImportContext, fields: [string, string][], extra: UpsertColumn[]) => [
  { name: "external_id", insert: "s.external_id" },
  ...extra,
  ...fields.map(([name, field]) => ({
    name,
    insert: `s.${name}`,
    update: ctx.mapped.has(field) ? `s.${name}` : undefined,
  })),
];

const accountFields: [string, string][] = [
  ["name", "name"],
  ["industry", "industry"],
  ["size_band", "sizeBand"],
  ["region", "region"],
  ["website", "website"],
  ["notes", "notes"],
];

export function accountsPlan(ctx: ImportContext): KindPlan {
  const upsert = upsertSql({
    table: "accounts",
    importId: ctx.importId,
    columns: columnsOf(ctx, accountFields, ownerColumns(ctx)),
    touch: ["updated_at = now()", "version = o.version + 1"],
  });
  return {
    columns: [...ownerStaging, ...accountFields.map(([name]) => [name, "text"] as [string, string])],
    prepare(values) {
      const found = ownerOf(ctx, values);
      if ("error" in found) return { errors: [found.error] };
      const { owner } = found;
      return {
        cells: [owner.ownerId, owner.teamId, ...accountFields.map(([, field]) => text(values, field))],
      };
    },
    async apply(query) {
      const refused = await dropRefusedRows(query, ctx, "accounts");
      if (upsert.update) await query(upsert.update);
      await query(upsert.insert);
      return refused;
    },
  };
}

const contactFields: [string, string][] = [
  ["name", "name"],
  ["title", "title"],
  ["email", "email"],
  ["phone", "phone"],
  ["decision_role", "decisionRole"],
];

export function contactsPlan(ctx: ImportContext): KindPlan {
  const writable = scopeSql(ctx.caller.access.write, "a.team_id", "a.owner_id");
  const linked =
    ctx.mapped.has("accountExternalId") || ctx.mapped.has("accountName") || ctx.mapped.has("accountDomain");
  const upsert = upsertSql({
    table: "contacts",
    importId: ctx.importId,
    columns: columnsOf(ctx, contactFields, [
      { name: "account_id", insert: "s.account_id", update: linked ? "s.account_id" : undefined },
    ]),
    touch: ["updated_at = now()", "version = o.version + 1"],
  });
  return {
    columns: [
      ["account_ext", "text"],
      ["account_name", "text"],
      ["account_domain", "text"],
      ["account_id", "uuid"],
      ...contactFields.map(([name]) => [name, "text"] as [string, string]),
    ],
    prepare(values) {
      const errors: PrepareError[] = [];
      const name =
        text(values, "name") ??
        [text(values, "lastName"), text(values, "firstName")].filter(Boolean).join(" ");
      if (!name) errors.push({ field: "name", code: "REQUIRED", value: "" });
      const roleText = text(values, "decisionRole");
      const role = roleText ? readDecisionRole(roleText) : null;
      if (roleText && !role) noteUnknown(ctx, "decisionRole", roleText);
      if (errors.length > 0) return { errors };
      return {
        cells: [
          text(values, "accountExternalId"),
          text(values, "accountName"),
          text(values, "accountDomain"),
          null,
          name,
          text(values, "title"),
          text(values, "email"),
          text(values, "phone"),
          role ?? null,
        ],
      };
    },
    async apply(query) {
      const refused = await dropRefusedRows(
        query,
        ctx,
        "contacts",
        `exists (select 1 from accounts a where a.id = t.account_id and ${writable})`,
      );
      for (const statement of linkAccountsSql(ctx)) await query(statement);
      // A contact needs an account the caller may change; existing contacts keep theirs.
      const orphans = await query<{ row_no: number; value: string }>(`
        with bad as (
          delete from import_rows s where not exists (select 1 from contacts c where c.external_id = s.external_id)
            and (s.account_id is null or not exists (select 1 from accounts a where a.id = s.account_id and ${writable}))
          returning s.row_no, coalesce(s.account_ext, s.account_name, s.account_domain) as value
        ) select * from bad`);
      await query(
        "update import_rows s set account_id = c.account_id from contacts c where s.account_id is null and c.external_id = s.external_id",
      );
      if (upsert.update) await query(upsert.update);
      await query(upsert.insert);
      return [...refused, { code: "UNKNOWN_ACCOUNT", column: "accountExternalId", rows: orphans }];
    },
  };
}
