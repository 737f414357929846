// Linking staged rows to accounts: by the account's external id, its name, or its web domain, among
// the accounts the caller may read; a deals import creates the accounts its file names but that do
// not exist yet (a Maven or HubSpot export carries only the company's name or domain).
import type { ImportContext } from "./import-context";
import { scopeSql, uuidLiteral } from "./import-sql";

const domainOf = (column: string) =>
  `nullif(regexp_replace(lower(${column}), '^(https?://)?(www\\.)?([^/:]+).*$', '\\3'), '')`;

export function linkAccountsSql(ctx: ImportContext) {
  const visible = scopeSql(ctx.caller.access.read, "a.team_id", "a.owner_id");
  return [
    `update import_rows s set account_id = a.id from accounts a
      where s.account_id is null and s.account_ext is not null and a.external_id = s.account_ext and ${visible}`,
    `update import_rows s set account_id = a.id
      from (select distinct on (a.name) a.id, a.name from accounts a where ${visible} order by a.name, a.created_at, a.id) a
      where s.account_id is null and s.account_name is not null and a.name = s.account_name`,
    `update import_rows s set account_id = a.id
      from (select distinct on (${domainOf("a.website")}) a.id, ${domainOf("a.website")} as domain from accounts a
            where a.website is not null and ${visible} order by ${domainOf("a.website")}, a.created_at, a.id) a
      where s.account_id is null and s.account_domain is not null and a.domain = ${domainOf("s.account_domain")}`,
  ];
}

/** Accounts named by the file and found nowhere, owned like the first row that names them. */
export function createMissingAccountsSql(ctx: ImportContext) {
  const owner = `coalesce(s.owner_id, ${uuidLiteral(ctx.caller.userId)})`;
  const team = ctx.caller.teamId ? `coalesce(s.team_id, ${uuidLiteral(ctx.caller.teamId)})` : "s.team_id";
  return `insert into accounts (name, website, owner_id, team_id)
    select distinct on (coalesce(s.account_name, s.account_domain)) coalesce(s.account_name, s.account_domain), s.account_domain, ${owner}, ${team}
    from import_rows s where s.account_id is null and coalesce(s.account_name, s.account_domain) is not null
    order by coalesce(s.account_name, s.account_domain), s.row_no`;
}
