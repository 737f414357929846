// Column helpers shared by every table.
import { integer, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid("id").primaryKey().defaultRandom();
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
export const version = () => integer("version").notNull().default(1);
export const bant = () => ({
  bantBudget: text("bant_budget"),
  bantAuthority: text("bant_authority"),
  bantNeed: text("bant_need"),
  bantTiming: text("bant_timing"),
});
