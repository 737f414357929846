// "My day" (今日の予定): one answer with everything a rep acts on today, for the rep or, for a
// manager, any member of their teams. Each part comes from the module that owns it: tasks, the
// daily targets of the KPI tree, stale deals, leads past their SLA.
import type { MyDay } from "../../../contract/my-day";
import { dateInZone } from "../../../domain/calendar";
import { shareOfWorkingDay } from "../../../domain/inside-sales/business-hours";
import { ratio } from "../../../domain/ratio";
import type { AuthContext, Clock } from "../auth/auth.service";
import { staleSection } from "../dashboard/dashboard-sections";
import type { DealRepository } from "../deals/deals.repository";
import { visiblePerson } from "../directory/assignable-person";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { createKpiProgressService } from "../kpi-tree/kpi-progress.service";
import { insideSalesRules } from "../leads/inside-sales-settings";
import { toLead } from "../leads/lead-views";
import type { LeadRepository } from "../leads/leads.repository";
import type { TaskRepository } from "../tasks/tasks.repository";
import { toTask } from "../tasks/tasks.service";
import type { MyDayRepository } from "./my-day.repository";

const LIST_LIMIT = 20;

export function createMyDayService(deps: {
  repo: MyDayRepository;
  tasks: TaskRepository;
  deals: DealRepository;
  leads: LeadRepository;
  directory: DirectoryRepository;
  progress: ReturnType<typeof createKpiProgressService>;
  clock: Clock;
}) {
  const { repo, tasks, deals, leads, directory, progress, clock } = deps;

  return {
    async get(caller: AuthContext, userId = caller.userId): Promise<MyDay> {
      const person = await visiblePerson(directory, caller, userId);
      const now = clock.now();
      const today = dateInZone(now, caller.timeZone);
      const day = { now, today, timeZone: caller.timeZone };
      const own = { all: false as const, teamIds: [], ownerId: userId };
      const page = { assigneeId: userId, limit: LIST_LIMIT, offset: 0 };
      const [rules, pipelines, daily, dueToday, overdue, meetings, stale, sla, callListCount] =
        await Promise.all([
          insideSalesRules(directory),
          directory.listPipelines(),
          progress.daily(caller, userId),
          tasks.list({ ...page, due: "today" }, own, { all: true }, today),
          tasks.list({ ...page, due: "overdue" }, own, { all: true }, today),
          repo.meetingsOn(userId, today, caller.timeZone),
          deals.staleSummary(own, day, LIST_LIMIT),
          leads.list(
            {
              ownerId: userId,
              slaBreached: true,
              answered: false,
              open: true,
              sort: "responseDueAt",
              order: "asc",
              limit: LIST_LIMIT,
              offset: 0,
            },
            own,
            { all: true },
            now,
          ),
          leads.countCallList(userId),
        ]);
      const dayShare = shareOfWorkingDay(now, rules.hours);
      return {
        date: today,
        now: now.toISOString(),
        person: { id: person.id, name: person.name, function: person.function },
        dayShare,
        targets: daily.items.map((item) => ({
          kpiKey: item.kpiKey,
          dailyTarget: item.dailyTarget,
          done: item.today,
          achievement: item.dailyTarget === null ? null : ratio(item.today, item.dailyTarget),
          expectedByNow: item.dailyTarget === null ? null : item.dailyTarget * dayShare,
        })),
        tasks: {
          today: dueToday.items.map((t) => toTask(t, today)),
          overdue: overdue.items.map((t) => toTask(t, today)),
        },
        meetings: [
          ...meetings.logged.map((m) => ({
            source: "activity" as const,
            at: m.at.toISOString(),
            kind: m.kind,
            outcome: m.outcome,
            subject: m.subject,
            dealId: m.dealId,
            dealName: m.dealName,
            accountName: m.accountName,
            purpose: null,
          })),
          // A planned next meeting already logged for today is shown once, as logged.
          ...meetings.planned
            .filter((p) => !meetings.logged.some((m) => m.dealId === p.dealId))
            .map((p) => ({
              source: "deal" as const,
              at: null,
              kind: "meeting",
              outcome: null,
              subject: null,
              dealId: p.dealId,
              dealName: p.dealName,
              accountName: p.accountName,
              purpose: p.purpose,
            })),
        ],
        staleDeals: staleSection(
          stale,
          pipelines.flatMap((p) => p.stages),
          day,
        ),
        slaLeads: { count: sla.total, items: sla.items.map(toLead) },
        callListCount,
      };
    },
  };
}
