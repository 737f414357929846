import type { Deal, DealPatch, ForecastCategory } from "../../../contract/deals";
import { type AmountValue, amountToApi, emptyToNull } from "../deals/deal-validation";

/** The quick-edit form: the seven fields of seed 000 plus the expected close date and forecast category. */
export type DealFormValues = {
  name: string;
  amount: AmountValue;
  probability: number | string;
  probabilityReason: string;
  /** "" follows the stage. */
  forecastCategory: ForecastCategory | "";
  expectedCloseDate: string | null;
  nextMeetingDate: string | null;
  nextMeetingPurpose: string;
  decisionMakerId: string | null;
  minutesUrl: string;
};

export function toFormValues(deal: Deal): DealFormValues {
  return {
    name: deal.name,
    amount: deal.amount ?? "",
    probability: deal.probability,
    probabilityReason: deal.probabilityReason ?? "",
    forecastCategory: deal.forecastCategory ?? "",
    expectedCloseDate: deal.expectedCloseDate,
    nextMeetingDate: deal.nextMeetingDate,
    nextMeetingPurpose: deal.nextMeetingPurpose ?? "",
    decisionMakerId: deal.decisionMakerId,
    minutesUrl: deal.minutesUrl ?? "",
  };
}

/** Only what the user changed, against the version the form was loaded from. */
export function toPatch(values: DealFormValues, base: Deal): DealPatch {
  const next = {
    name: values.name.trim(),
    amount: amountToApi(values.amount),
    probability: Number(values.probability),
    probabilityReason: emptyToNull(values.probabilityReason),
    forecastCategory: values.forecastCategory || null,
    expectedCloseDate: values.expectedCloseDate || null,
    nextMeetingDate: values.nextMeetingDate || null,
    nextMeetingPurpose: emptyToNull(values.nextMeetingPurpose),
    decisionMakerId: values.decisionMakerId || null,
    minutesUrl: emptyToNull(values.minutesUrl),
  };
  const patch: DealPatch = { version: base.version };
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (next[key] !== base[key]) Object.assign(patch, { [key]: next[key] });
  }
  return patch;
}

export const hasChanges = (patch: DealPatch) => Object.keys(patch).length > 1;
