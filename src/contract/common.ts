import { z } from "zod";

export const idSchema = z.uuid();
export const idParams = z.object({ id: idSchema });
/** A date without time, "YYYY-MM-DD". */
export const dateOnly = z.iso.date();
export const timestamp = z.iso.datetime({ offset: true });

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** A query-string flag: "true" or "false", read as a boolean. */
export const booleanParam = z.enum(["true", "false"]).transform((value) => value === "true");

/** Typed text, trimmed, at most `max` characters. */
export const trimmedText = (max: number) => z.string().trim().max(max);

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const roleSchema = z.enum(["admin", "manager", "member"]);
export const functionSchema = z.enum(["MKT", "IS", "FS", "CS"]);
export const skillLevelSchema = z.enum(["junior", "mid", "senior"]);
export const localeSchema = z.enum(["ja", "en"]);

/** "org", "team:<id>" or "user:<id>"; absent: the caller's own natural scope. */
export const scopeParam = z
  .string()
  .regex(/^(org|team:[0-9a-f-]{36}|user:[0-9a-f-]{36})$/, "org | team:<id> | user:<id>");
