// The dashboard's sections that are shaped from what the service read: the funnel per stage, the
// stale deals with their stage names, and the daily action series.
import type { Dashboard } from "../../../contract/dashboard";
import { isBusinessDay } from "../../../domain/business-days";
import { addDays } from "../../../domain/calendar";
import { ratio } from "../../../domain/ratio";
import type { DayContext, DealRepository } from "../deals/deals.repository";
import { toDeal } from "../deals/deals.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { StageMoves } from "../metrics/metrics.repository";

type Pipeline = Awaited<ReturnType<DirectoryRepository["listPipelines"]>>[number];
type Stage = Pipeline["stages"][number];

/** The default pipeline's stages: open deals now, and the period's moves through each. */
export function funnelSection(
  pipeline: Pipeline | undefined,
  moves: StageMoves[],
  open: { stageId: string; count: number; amount: number }[],
): Dashboard["funnel"] {
  return {
    pipelineId: pipeline?.id ?? null,
    pipelineName: pipeline?.name ?? null,
    pipelineNameEn: pipeline?.nameEn ?? null,
    stages: (pipeline?.stages ?? []).map((stage) => {
      const m = moves.find((x) => x.stageId === stage.id);
      const o = open.find((x) => x.stageId === stage.id);
      return {
        stageId: stage.id,
        key: stage.key,
        name: stage.name,
        nameEn: stage.nameEn,
        kind: stage.kind,
        openDeals: o?.count ?? 0,
        openAmount: o?.amount ?? 0,
        entered: m?.entered ?? 0,
        exits: m?.exits ?? 0,
        forwardExits: m?.forwardExits ?? 0,
        conversion: m ? ratio(m.forwardExits, m.exits) : null,
        averageDwellDays: m ? ratio(m.dwellDays, m.exits) : null,
      };
    }),
  };
}

export function staleSection(
  stale: Awaited<ReturnType<DealRepository["staleSummary"]>>,
  stages: Stage[],
  day: DayContext,
): Dashboard["stale"] {
  return {
    count: stale.count,
    amount: stale.amount,
    deals: stale.items.map((view) => {
      const deal = toDeal(view, day);
      const stage = stages.find((s) => s.id === deal.stageId);
      return {
        id: deal.id,
        name: deal.name,
        accountName: deal.accountName,
        ownerName: deal.ownerName,
        stageName: stage?.name ?? "",
        stageNameEn: stage?.nameEn ?? "",
        amount: deal.amount,
        staleness: deal.stale,
      };
    }),
  };
}

/** Every date of the period so far with its action counts; business days marked for the chart. */
export function dailySeries(
  start: string,
  until: string,
  byDay: Map<string, Record<string, number>> | undefined,
) {
  const daily: Dashboard["activities"]["daily"] = [];
  for (let date = start; date <= until; date = addDays(date, 1)) {
    const c = byDay?.get(date) ?? {};
    daily.push({
      date,
      businessDay: isBusinessDay(date),
      calls: c.calls ?? 0,
      effectiveContacts: c.effectiveContacts ?? 0,
      meetingsSet: c.meetingsSet ?? 0,
      meetingsHeld: c.meetingsHeld ?? 0,
      emailsSent: c.emailsSent ?? 0,
    });
  }
  return daily;
}
