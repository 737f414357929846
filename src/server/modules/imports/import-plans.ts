// Every kind of import and the plan that reads it.
import type { ImportKind } from "../../../domain/imports/import-fields";
import { accountsPlan, contactsPlan } from "./import-accounts";
import { activitiesPlan } from "./import-activities";
import { dealsPlan } from "./import-deals";
import { leadsPlan } from "./import-leads";
import type { PlanFactory } from "./import-plan";
import { stageHistoryPlan } from "./import-stage-history";

export const importPlans: Record<ImportKind, PlanFactory> = {
  deals: dealsPlan,
  accounts: accountsPlan,
  contacts: contactsPlan,
  activities: activitiesPlan,
  leads: leadsPlan,
  stageHistory: stageHistoryPlan,
};
