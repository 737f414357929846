// The built-in KPI catalogue kept current in every database: added when missing, definitions refreshed
// on each start (an org's own KPIs are left alone).
import { sql } from "drizzle-orm";
import { kpiCatalogue } from "../domain/kpi-catalogue";
import type { Executor } from "./client";
import { kpiDefinitions } from "./schema";

export async function syncBuiltInKpis(db: Executor) {
  await db
    .insert(kpiDefinitions)
    .values(kpiCatalogue.map((kpi) => ({ ...kpi, builtIn: true })))
    .onConflictDoUpdate({
      target: kpiDefinitions.key,
      set: {
        name: sql`excluded.name`,
        nameEn: sql`excluded.name_en`,
        formula: sql`excluded.formula`,
        unit: sql`excluded.unit`,
        tier: sql`excluded.tier`,
        cadence: sql`excluded.cadence`,
        direction: sql`excluded.direction`,
        description: sql`excluded.description`,
        descriptionEn: sql`excluded.description_en`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${kpiDefinitions.builtIn}`,
    });
}
