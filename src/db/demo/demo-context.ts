// What every generator step shares: the seed, the calendar, the organisation, the accounts index,
// the pipelines and the table sinks.
import type { PipelineTemplate, StageTemplate } from "../../domain/pipeline-templates";
import * as schema from "../schema";
import type { AccountBook } from "./demo-accounts";
import type { DemoCalendar } from "./demo-calendar";
import type { BulkWriter } from "./demo-insert";
import type { Org } from "./demo-org";
import type { SizeConfig } from "./demo-sizes";
import type { MonthlyStats } from "./demo-stats";

export type StageRef = StageTemplate & { id: string; index: number };
export type PipelineRef = {
  id: string;
  template: PipelineTemplate;
  stages: StageRef[];
  openStages: StageRef[];
  won: StageRef;
  lost: StageRef;
};

export type Sinks = ReturnType<typeof createSinks>;

export type DemoContext = {
  seed: number;
  config: SizeConfig;
  calendar: DemoCalendar;
  org: Org;
  accounts: AccountBook;
  pipelines: { newBusiness: PipelineRef; renewal: PipelineRef };
  writer: BulkWriter;
  sinks: Sinks;
  stats: MonthlyStats;
};

/** One sink per table, registered parents first: a flush never writes a child before its parent. */
export function createSinks(writer: BulkWriter) {
  return {
    orgSettings: writer.sink(schema.orgSettings),
    teams: writer.sink(schema.teams),
    users: writer.sink(schema.users),
    kpiDefinitions: writer.sink(schema.kpiDefinitions),
    accounts: writer.sink(schema.accounts),
    contacts: writer.sink(schema.contacts),
    pipelines: writer.sink(schema.pipelines),
    stages: writer.sink(schema.stages),
    leads: writer.sink(schema.leads),
    deals: writer.sink(schema.deals),
    handoffs: writer.sink(schema.handoffs),
    dealStageHistory: writer.sink(schema.dealStageHistory),
    activities: writer.sink(schema.activities),
    tasks: writer.sink(schema.tasks),
    targets: writer.sink(schema.targets),
    alertRules: writer.sink(schema.alertRules),
  };
}
