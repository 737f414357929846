// The repositories exports read, on one executor: the lists' own, so that an export filters, sorts
// and scopes exactly as its list does, and the export-only lists.
import type { Executor } from "../../../db/client";
import { createAccountRepository } from "../accounts/accounts.repository";
import { createActivityRepository } from "../activities/activities.repository";
import { createDealRepository } from "../deals/deals.repository";
import { createLeadRepository } from "../leads/leads.repository";
import { createExportRepository } from "./exports.repository";

export type ExportRepos = ReturnType<typeof exportReposOf>;

export const exportReposOf = (executor: Executor) => ({
  deals: createDealRepository(executor),
  accounts: createAccountRepository(executor),
  activities: createActivityRepository(executor),
  leads: createLeadRepository(executor),
  exports: createExportRepository(executor),
});
