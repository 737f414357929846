// Leads: channel and status read from the file's words; owner as for deals.
import { readLeadChannel, readLeadStatus } from "../../../domain/imports/value-vocabulary";
import { type ImportContext, noteUnknown } from "./import-context";
import { type KindPlan, moment, type PrepareError, text } from "./import-plan";
import {
  dropDuplicatesSql,
  dropOutOfScopeSql,
  scopeSql,
  timestampOf,
  type UpsertColumn,
  upsertSql,
  uuidLiteral,
} from "./import-sql";

const textFields: [string, string][] = [
  ["company_name", "companyName"],
  ["contact_name", "contactName"],
  ["email", "email"],
  ["phone", "phone"],
  ["bant_budget", "bantBudget"],
  ["bant_authority", "bantAuthority"],
  ["bant_need", "bantNeed"],
  ["bant_timing", "bantTiming"],
];

export function leadsPlan(ctx: ImportContext): KindPlan {
  const owned = ctx.mapped.has("owner");
  const tz = ctx.timeZone;
  const columns: UpsertColumn[] = [
    { name: "external_id", insert: "s.external_id" },
    ...textFields.map(([name, field]) => ({
      name,
      insert: `s.${name}`,
      update: ctx.mapped.has(field) ? `s.${name}` : undefined,
    })),
    { name: "channel", insert: "s.channel", update: "s.channel" },
    {
      name: "status",
      insert: "coalesce(s.status, 'new')",
      update: ctx.mapped.has("status") ? "coalesce(s.status, o.status)" : undefined,
    },
    {
      name: "owner_id",
      insert: `coalesce(s.owner_id, ${uuidLiteral(ctx.caller.userId)})`,
      update: owned ? "coalesce(s.owner_id, o.owner_id)" : undefined,
    },
    {
      name: "team_id",
      insert: `coalesce(s.team_id, ${ctx.caller.teamId ? uuidLiteral(ctx.caller.teamId) : "null"})`,
      update: owned ? "coalesce(s.team_id, o.team_id)" : undefined,
    },
    {
      name: "created_at",
      insert: `coalesce(${timestampOf("s.created_at", tz)}, now())`,
      update: ctx.mapped.has("createdAt")
        ? `coalesce(${timestampOf("s.created_at", tz)}, o.created_at)`
        : undefined,
    },
    {
      name: "first_response_at",
      insert: timestampOf("s.first_response_at", tz),
      update: ctx.mapped.has("firstResponseAt") ? timestampOf("s.first_response_at", tz) : undefined,
    },
  ];
  const upsert = upsertSql({
    table: "leads",
    importId: ctx.importId,
    columns,
    touch: ["updated_at = now()", "version = o.version + 1"],
  });
  return {
    columns: [
      ...textFields.map(([name]) => [name, "text"] as [string, string]),
      ["channel", "text"],
      ["status", "text"],
      ["owner_id", "uuid"],
      ["team_id", "uuid"],
      ["created_at", "text"],
      ["first_response_at", "text"],
    ],
    prepare(values) {
      const errors: PrepareError[] = [];
      const channelText = String(values.channel);
      const channel = readLeadChannel(channelText);
      if (!channel) {
        noteUnknown(ctx, "channel", channelText);
        errors.push({ field: "channel", code: "UNKNOWN_VALUE", value: channelText });
      }
      const statusText = text(values, "status");
      const status = statusText ? readLeadStatus(statusText) : null;
      if (statusText && !status) {
        noteUnknown(ctx, "status", statusText);
        errors.push({ field: "status", code: "UNKNOWN_VALUE", value: statusText });
      }
      const owner = ctx.owners(text(values, "owner") ?? undefined);
      if ("error" in owner)
        errors.push({ field: "owner", code: owner.error, value: text(values, "owner") ?? "" });
      if (errors.length > 0 || "error" in owner) return { errors };
      return {
        cells: [
          ...textFields.map(([, field]) => text(values, field)),
          channel ?? null,
          status ?? null,
          owner.ownerId,
          owner.teamId,
          moment(values, "createdAt"),
          moment(values, "firstResponseAt"),
        ],
      };
    },
    async apply(query) {
      const duplicates = await query<{ row_no: number; value: string }>(dropDuplicatesSql);
      const outside = ctx.caller.access.write.all
        ? []
        : await query<{ row_no: number; value: string }>(
            dropOutOfScopeSql("leads", scopeSql(ctx.caller.access.write, "t.team_id", "t.owner_id")),
          );
      if (upsert.update) await query(upsert.update);
      await query(upsert.insert);
      return [
        { code: "DUPLICATE_EXTERNAL_ID", column: "externalId", rows: duplicates },
        { code: "OUT_OF_SCOPE", column: "externalId", rows: outside },
      ];
    },
  };
}
