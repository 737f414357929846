// The fixed part of the demo: org settings, the team tree and its people, the two pipelines with
// their stage rules, and the built-in KPI definitions.
import { kpiCatalogue } from "../../domain/kpi-catalogue";
import {
  defaultB2bPipeline,
  defaultLostReasons,
  type PipelineTemplate,
  renewalPipeline,
} from "../../domain/pipeline-templates";
import { DAY_MS, tokyoInstant } from "./demo-calendar";
import type { DemoContext, PipelineRef, StageRef } from "./demo-context";
import type { Org } from "./demo-org";
import { stableUuid } from "./demo-random";

/** When the company started using the product: before the history, for created-at columns. */
export function systemStart(ctx: Pick<DemoContext, "calendar">): number {
  return tokyoInstant(ctx.calendar.historyStart - 400, 10);
}

export function writeOrganisation(
  ctx: Pick<DemoContext, "calendar" | "sinks">,
  org: Org,
  passwordHash: string,
) {
  const { sinks } = ctx;
  const start = systemStart(ctx);
  sinks.orgSettings.push({
    id: 1,
    name: "株式会社ススム",
    fiscalYearStartMonth: 4,
    timeZone: "Asia/Tokyo",
    currency: "JPY",
    memberVisibility: "team",
    lostReasons: defaultLostReasons,
    forecast: {},
    insideSales: {},
    updatedAt: new Date(start),
  });
  for (const node of org.nodes) {
    sinks.teams.push({
      id: node.id,
      parentId: node.parentId,
      name: node.name,
      nameEn: node.nameEn,
      kind: node.kind,
      sortOrder: node.index,
      createdAt: new Date(start),
    });
  }
  for (const person of org.people) {
    const joined = new Date(Math.max(start, tokyoInstant(person.hiredOn, 9)));
    sinks.users.push({
      id: person.id,
      email: person.email,
      name: person.name,
      nameEn: person.nameEn,
      role: person.role,
      function: person.func,
      skillLevel: person.skill,
      teamId: person.team.id,
      passwordHash,
      locale: "ja",
      active: true,
      hiredOn: new Date(person.hiredOn * DAY_MS).toISOString().slice(0, 10),
      createdAt: joined,
      updatedAt: joined,
      version: 1,
    });
  }
}

export function writePipelines(ctx: Pick<DemoContext, "calendar" | "sinks" | "seed">) {
  const newBusiness = writePipeline(ctx, defaultB2bPipeline, 0);
  const renewal = writePipeline(ctx, renewalPipeline, 1);
  return { newBusiness, renewal };
}

function writePipeline(
  ctx: Pick<DemoContext, "calendar" | "sinks" | "seed">,
  template: PipelineTemplate,
  index: number,
): PipelineRef {
  const { sinks, seed } = ctx;
  const id = stableUuid(seed, "pipeline", index);
  const at = new Date(systemStart(ctx));
  sinks.pipelines.push({
    id,
    name: template.name,
    nameEn: template.nameEn,
    isDefault: index === 0,
    sortOrder: index,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  const stages: StageRef[] = template.stages.map((stage, i) => ({
    ...stage,
    id: stableUuid(seed, `stage-${index}`, i),
    index: i,
  }));
  for (const stage of stages) {
    sinks.stages.push({
      id: stage.id,
      pipelineId: id,
      key: stage.key,
      name: stage.name,
      nameEn: stage.nameEn,
      sortOrder: stage.sortOrder,
      probability: stage.probability,
      kind: stage.kind,
      entryConditions: stage.entryConditions,
      requiredEvidence: stage.requiredEvidence,
      requiredFields: stage.requiredFields,
      staleDays: stage.staleDays,
    });
  }
  const won = stages.find((s) => s.kind === "won");
  const lost = stages.find((s) => s.kind === "lost");
  if (!won || !lost) throw new Error(`pipeline ${template.key} needs a won and a lost stage`);
  return { id, template, stages, openStages: stages.filter((s) => s.kind === "open"), won, lost };
}

const INSIDE_SALES_KPIS = new Set([
  "calls",
  "effectiveContacts",
  "connectRate",
  "effectiveContactRate",
  "meetingsSet",
  "meetingSetRate",
  "appointmentRate",
  "leadResponseTime",
  "emailsSent",
  "emailOpenRate",
  "emailClickRate",
  "emailReplyRate",
]);

/** Strategic KPIs belong to sales ops, inside-sales ones to the IS head, the rest to the FS head. */
export function writeKpiDefinitions(ctx: Pick<DemoContext, "calendar" | "sinks">, org: Org) {
  const at = new Date(systemStart(ctx));
  const headOf = (func: string) =>
    org.people.find((p) => p.role === "manager" && p.team.kind === "department" && p.func === func);
  const admin = org.people.find((p) => p.role === "admin");
  for (const kpi of kpiCatalogue) {
    const owner =
      kpi.tier === "strategic" ? admin : INSIDE_SALES_KPIS.has(kpi.key) ? headOf("IS") : headOf("FS");
    ctx.sinks.kpiDefinitions.push({
      ...kpi,
      ownerId: owner?.id ?? null,
      builtIn: true,
      createdAt: at,
      updatedAt: at,
    });
  }
}
