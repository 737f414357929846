// Exports of the lists: deals, accounts, contacts, activities, leads. Each resolves the scope first,
// exactly as its list does (a refusal is an error answer, not a broken file), then reads every
// matching row page by page from one snapshot, through the list's own repository, while the file is
// written.
import type { Language } from "../../../contract/errors";
import type {
  AccountExportQuery,
  ActivityExportQuery,
  ContactExportQuery,
  DealExportQuery,
  LeadExportQuery,
} from "../../../contract/exports";
import { dateInZone } from "../../../domain/calendar";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DayContext } from "../deals/deals.repository";
import { toDeal } from "../deals/deals.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import { recordScopeOf, resolveScope } from "../metrics/resolve-scope";
import { accountColumns, accountRow, contactColumns, contactRow } from "./account-export";
import { activityColumns, activityRow, leadColumns, leadRow } from "./activity-export";
import { dealColumns, dealRow } from "./deal-export";
import type { ExportRepos } from "./export-repos";
import type { ContactKey } from "./exports.repository";
import {
  inSnapshot,
  keysetPages,
  mapPages,
  offsetPages,
  PAGE_SIZE,
  prefetched,
  type ReadOnlyTransaction,
  readAhead,
} from "./read-pages";
import type { ExportColumn, ExportFile, ExportRow, Localized } from "./table-export";

export type ListExportService = ReturnType<typeof createListExportService>;

export function createListExportService(deps: {
  readOnly: ReadOnlyTransaction<ExportRepos>;
  directory: DirectoryRepository;
  clock: Clock;
}) {
  const { readOnly, directory, clock } = deps;

  /** A scope parameter as records, checked against what the caller may read (the lists' rule). */
  const scopeOf = async (caller: AuthContext, param: string | undefined) =>
    recordScopeOf((await resolveScope(directory, caller, param)).filter);

  async function listFile(
    caller: AuthContext,
    name: string,
    title: Localized,
    columns: ExportColumn[],
    pages: (repos: ExportRepos) => AsyncIterable<ExportRow[]>,
  ): Promise<ExportFile> {
    const batches = await prefetched(inSnapshot(readOnly, (repos) => readAhead(pages(repos))));
    return {
      name,
      date: dateInZone(clock.now(), caller.timeZone),
      tables: [{ key: name, title, columns, batches }],
    };
  }

  return {
    async deals(caller: AuthContext, query: DealExportQuery, lang: Language) {
      const now = clock.now();
      const day: DayContext = { now, today: dateInZone(now, caller.timeZone), timeZone: caller.timeZone };
      const within = query.scope ? await scopeOf(caller, query.scope) : { all: true as const };
      const [pipelines, settings] = await Promise.all([directory.listPipelines(), directory.orgSettings()]);
      const names = {
        lang,
        pipelines: new Map(pipelines.map((p) => [p.id, p])),
        stages: new Map(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s] as const))),
        lostReasons: new Map((settings?.lostReasons ?? []).map((r) => [r.key, r])),
      };
      return listFile(caller, "deals", { ja: "案件", en: "Deals" }, dealColumns, (repos) =>
        mapPages(repos.deals.listAll(query, caller.access.read, day, within, PAGE_SIZE), (view) =>
          dealRow(toDeal(view, day), names),
        ),
      );
    },

    accounts: (caller: AuthContext, query: AccountExportQuery, lang: Language) =>
      listFile(caller, "accounts", { ja: "取引先", en: "Accounts" }, accountColumns, (repos) =>
        mapPages(
          offsetPages(async (offset, limit) => {
            return (await repos.accounts.list({ ...query, limit, offset }, caller.access.read)).items;
          }),
          (row) => accountRow(row, lang),
        ),
      ),

    contacts: (caller: AuthContext, query: ContactExportQuery, lang: Language) =>
      listFile(caller, "contacts", { ja: "取引先責任者", en: "Contacts" }, contactColumns, (repos) =>
        mapPages(
          keysetPages(
            (after: ContactKey | undefined, limit) =>
              repos.exports.contactsPage(query, caller.access.read, after, limit),
            (row) => ({ accountName: row.accountName, name: row.contact.name, id: row.contact.id }),
          ),
          (row) => contactRow(row, lang),
        ),
      ),

    async activities(caller: AuthContext, query: ActivityExportQuery, lang: Language) {
      // The activity list always reads a scope: the caller's natural one when none is asked for.
      const scope = await scopeOf(caller, query.scope);
      return listFile(caller, "activities", { ja: "行動", en: "Activities" }, activityColumns, (repos) =>
        mapPages(repos.activities.listAll(query, scope, caller.timeZone, PAGE_SIZE), (row) =>
          activityRow(row, lang),
        ),
      );
    },

    async leads(caller: AuthContext, query: LeadExportQuery, lang: Language) {
      const within = query.scope ? await scopeOf(caller, query.scope) : { all: true as const };
      return listFile(caller, "leads", { ja: "リード", en: "Leads" }, leadColumns, (repos) =>
        mapPages(repos.leads.listAll(query, caller.access.read, within, clock.now(), PAGE_SIZE), (row) =>
          leadRow(row, lang),
        ),
      );
    },
  };
}
