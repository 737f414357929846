// Deals: stage by name (presets' standard names and IsWon / IsClosed without questions), owner by
// e-mail or name, account by external id, name or domain; a new deal's first stage-history entry at
// its creation, and a history entry for every stage an update changes.
import { createMissingAccountsSql, linkAccountsSql } from "./import-accounts-sql";
import { type ImportContext, noteUnknown } from "./import-context";
import { dropRefusedRows, ownerColumns, ownerOf, ownerStaging } from "./import-owned";
import { boolOf, type KindPlan, moment, numberOf, type PrepareError, text } from "./import-plan";
import { midnightOf, timestampOf, type UpsertColumn, upsertSql, uuidLiteral } from "./import-sql";

const plainFields = [
  ["amount", "amount", "bigint"],
  ["expected_close_date", "expectedCloseDate", "date"],
  ["next_meeting_date", "nextMeetingDate", "date"],
  ["next_meeting_purpose", "nextMeetingPurpose", "text"],
  ["minutes_url", "minutesUrl", "text"],
  ["channel", "channel", "text"],
  ["lost_reason", "lostReason", "text"],
  ["bant_budget", "bantBudget", "text"],
  ["bant_authority", "bantAuthority", "text"],
  ["bant_need", "bantNeed", "text"],
  ["bant_timing", "bantTiming", "text"],
] as const;

export function dealsPlan(ctx: ImportContext): KindPlan {
  const tz = ctx.timeZone;
  const caller = uuidLiteral(ctx.caller.userId);
  const mapped = (field: string) => ctx.mapped.has(field);
  const created = `coalesce(${timestampOf("s.created_at", tz)}, now())`;
  const closedFromFile = `coalesce(${timestampOf("s.closed_at", tz)}, ${midnightOf("s.expected_close_date", tz)})`;

  const columns: UpsertColumn[] = [
    { name: "external_id", insert: "s.external_id" },
    { name: "name", insert: "s.name", update: "s.name" },
    {
      name: "account_id",
      insert: "s.account_id",
      update:
        mapped("accountExternalId") || mapped("accountName") || mapped("accountDomain")
          ? "coalesce(s.account_id, o.account_id)"
          : undefined,
    },
    ...ownerColumns(ctx),
    { name: "pipeline_id", insert: "s.pipeline_id", update: "s.pipeline_id" },
    { name: "stage_id", insert: "s.stage_id", update: "s.stage_id" },
    { name: "status", insert: "s.status", update: "s.status" },
    {
      name: "probability",
      insert: "coalesce(s.probability, s.stage_probability)",
      update:
        "coalesce(s.probability, case when o.stage_id = s.stage_id then o.probability else s.stage_probability end)",
    },
    ...plainFields.map(([name, field]) => ({
      name,
      insert: `s.${name}`,
      update: mapped(field) ? `s.${name}` : undefined,
    })),
    {
      name: "created_at",
      insert: created,
      update: mapped("createdAt") ? `coalesce(${timestampOf("s.created_at", tz)}, o.created_at)` : undefined,
    },
    {
      name: "closed_at",
      insert: `case when s.status <> 'open' then coalesce(${closedFromFile}, ${created}) end`,
      update: `case when s.status <> 'open' then coalesce(${timestampOf("s.closed_at", tz)}, case when o.status = s.status then o.closed_at end, ${midnightOf("s.expected_close_date", tz)}, now()) end`,
    },
    {
      name: "stage_entered_at",
      insert: created,
      update: "case when o.stage_id = s.stage_id then o.stage_entered_at else now() end",
      compared: false,
    },
  ];
  const history = (cte: string, from: string, at: string, where: string) =>
    `history_${cte} as (insert into deal_stage_history (deal_id, from_stage_id, to_stage_id, owner_id, team_id, changed_by, changed_at)
      select id, ${from}, stage_id, owner_id, team_id, ${caller}, ${at} from ${cte} ${where})`;
  const upsert = upsertSql({
    table: "deals",
    importId: ctx.importId,
    columns,
    touch: ["updated_at = now()", "version = o.version + 1"],
    returning: {
      update: "t.stage_id, t.owner_id, t.team_id, o.stage_id as old_stage_id",
      insert: "stage_id, owner_id, team_id, created_at",
    },
    afterUpdate: history("changed", "old_stage_id", "now()", "where old_stage_id <> stage_id"),
    afterInsert: history("created", "null::uuid", "created_at", ""),
  });

  return {
    columns: [
      ["name", "text"],
      ["account_ext", "text"],
      ["account_name", "text"],
      ["account_domain", "text"],
      ["account_id", "uuid"],
      ...ownerStaging,
      ["pipeline_id", "uuid"],
      ["stage_id", "uuid"],
      ["status", "text"],
      ["stage_probability", "smallint"],
      ["probability", "smallint"],
      ["created_at", "text"],
      ["closed_at", "text"],
      ...plainFields.map(([name, , type]) => [name, type] as [string, string]),
    ],
    prepare(values) {
      const errors: PrepareError[] = [];
      const stageName = String(values.stage);
      const stage = ctx.stages.match(stageName, {
        isClosed: boolOf(values, "isClosed"),
        isWon: boolOf(values, "isWon"),
      });
      if (!stage) {
        noteUnknown(ctx, "stage", stageName);
        errors.push({ field: "stage", code: "UNKNOWN_STAGE", value: stageName });
      }
      const probability = numberOf(values, "probability");
      if (probability !== null && (probability < 0 || probability > 100))
        errors.push({ field: "probability", code: "OUT_OF_RANGE", value: String(probability) });
      const found = ownerOf(ctx, values);
      if ("error" in found) errors.push(found.error);
      if (errors.length > 0 || !stage || "error" in found) return { errors };
      const { owner } = found;
      return {
        cells: [
          text(values, "name"),
          text(values, "accountExternalId"),
          text(values, "accountName"),
          text(values, "accountDomain"),
          null,
          owner.ownerId,
          owner.teamId,
          stage.pipelineId,
          stage.id,
          stage.kind,
          stage.probability,
          probability,
          moment(values, "createdAt"),
          moment(values, "closedAt"),
          ...plainFields.map(([, field]) =>
            field === "amount" ? numberOf(values, field) : text(values, field),
          ),
        ],
      };
    },
    async apply(query) {
      const refused = await dropRefusedRows(query, ctx, "deals");
      // Each chunk pays for every statement: none for an account the file cannot name.
      if (mapped("accountExternalId") || mapped("accountName") || mapped("accountDomain")) {
        for (const statement of linkAccountsSql(ctx)) await query(statement);
        await query(createMissingAccountsSql(ctx));
        for (const statement of linkAccountsSql(ctx).slice(1)) await query(statement);
      }
      if (upsert.update) await query(upsert.update);
      await query(upsert.insert);
      return refused;
    },
  };
}
