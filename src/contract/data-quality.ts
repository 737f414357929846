// Data quality (入力精度, SPEC.md C12): per person, how complete and current their deals are.
import { z } from "zod";
import { idSchema, scopeParam } from "./common";
import { staleness } from "./deals";

export const dataQualityQuery = z.object({
  scope: scopeParam.optional(),
  /** Stage changes of the last N days count for evidence coverage. */
  days: z.coerce.number().int().min(1).max(365).default(90),
});
export type DataQualityQuery = z.infer<typeof dataQualityQuery>;

const ratio = z.number().min(0).max(1).nullable();
export const qualityFigures = z.object({
  openDeals: z.number().int(),
  /** Filled share of the seven fields over open deals; null when there are no open deals. */
  fieldCompleteness: ratio,
  /** Share of open deals updated within their stage's stale threshold. */
  updatedWithinThreshold: ratio,
  staleDeals: z.number().int(),
  stageChanges: z.number().int(),
  /** Share of forward stage changes that carried the target stage's full evidence. */
  evidenceCoverage: ratio,
  overrides: z.number().int(),
});
export type QualityFigures = z.infer<typeof qualityFigures>;

export const dataQuality = z.object({
  scope: z.string(),
  days: z.number().int(),
  totals: qualityFigures,
  people: z.array(
    qualityFigures.extend({
      userId: idSchema,
      name: z.string(),
      nameEn: z.string().nullable(),
      teamId: idSchema.nullable(),
    }),
  ),
  /** Open deals with a missing field of the seven or a stale flag, worst first (at most 200). */
  dealsToFix: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      ownerId: idSchema,
      ownerName: z.string(),
      missingFields: z.array(z.string()),
      stale: staleness,
      updatedAt: z.string(),
    }),
  ),
});
export type DataQuality = z.infer<typeof dataQuality>;
