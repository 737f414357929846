// Leads: channel and status read from the file's words; owner as for deals.
import { instantOfMoment } from "../../../domain/imports/import-values";
import { createLeadChannelReader, readLeadStatus } from "../../../domain/imports/value-vocabulary";
import { addBusinessMinutes, businessMinutesBetween } from "../../../domain/inside-sales/business-hours";
import { type ImportContext, noteUnknown } from "./import-context";
import { dropRefusedRows, ownerColumns, ownerOf, ownerStaging } from "./import-owned";
import { type KindPlan, moment, type PrepareError, text } from "./import-plan";
import { timestampOf, type UpsertColumn, upsertSql } from "./import-sql";

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
  const tz = ctx.timeZone;
  const readLeadChannel = createLeadChannelReader(ctx.channels);
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
    ...ownerColumns(ctx),
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
    // Counted from the file's creation time: an update without one keeps what the lead had.
    ...["response_due_at", "response_minutes"].map((name) => ({
      name,
      insert: `s.${name}`,
      update: ctx.mapped.has("createdAt") ? `s.${name}` : undefined,
    })),
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
      ...ownerStaging,
      ["created_at", "text"],
      ["first_response_at", "text"],
      ["response_due_at", "timestamptz"],
      ["response_minutes", "integer"],
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
      const found = ownerOf(ctx, values);
      if ("error" in found) errors.push(found.error);
      if (errors.length > 0 || "error" in found) return { errors };
      const { owner } = found;
      const createdAt = moment(values, "createdAt");
      const firstResponseAt = moment(values, "firstResponseAt");
      const created = createdAt ? instantOfMoment(createdAt, tz) : ctx.startedAt;
      const answered = firstResponseAt ? instantOfMoment(firstResponseAt, tz) : null;
      return {
        cells: [
          ...textFields.map(([, field]) => text(values, field)),
          channel ?? null,
          status ?? null,
          owner.ownerId,
          owner.teamId,
          createdAt,
          firstResponseAt,
          addBusinessMinutes(created, ctx.slaMinutes, ctx.hours).toISOString(),
          answered ? businessMinutesBetween(created, answered, ctx.hours) : null,
        ],
      };
    },
    async apply(query) {
      const refused = await dropRefusedRows(query, ctx, "leads");
      if (upsert.update) await query(upsert.update);
      await query(upsert.insert);
      return refused;
    },
  };
}
