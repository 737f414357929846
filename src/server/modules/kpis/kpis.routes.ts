import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorResponse, idParams } from "../../../contract/common";
import {
  kpiCreate,
  kpiDefinition,
  kpiMetric,
  phasePreset,
  successFactor,
  successFactors,
  teamKpi,
  teamKpisUpdate,
} from "../../../contract/kpis";
import { callerOf } from "../auth/auth.hooks";
import type { createKpiService } from "./kpis.service";

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 422: errorResponse };

export function registerKpiRoutes(app: FastifyInstance, deps: { kpis: ReturnType<typeof createKpiService> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["kpis"];
  const { kpis } = deps;

  r.get(
    "/api/v1/kpis",
    {
      schema: {
        tags,
        summary: "The KPI catalogue with every definition",
        response: { 200: z.array(kpiDefinition) },
      },
    },
    () => kpis.list(),
  );
  r.get(
    "/api/v1/kpi-metrics",
    {
      schema: {
        tags,
        summary: "The base metrics KPI formulas are made of",
        response: { 200: z.array(kpiMetric) },
      },
    },
    () => kpis.metrics(),
  );
  r.post(
    "/api/v1/kpis",
    {
      schema: {
        tags,
        summary: "Add an org KPI composed from the base metrics (admin)",
        body: kpiCreate,
        response: { 201: kpiDefinition, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await kpis.create(callerOf(request), request.body)),
  );
  r.get(
    "/api/v1/success-factors",
    {
      schema: {
        tags,
        summary: "The org's CSF / KFS and the KPIs watching each",
        response: { 200: z.array(successFactor) },
      },
    },
    () => kpis.successFactors(),
  );
  r.put(
    "/api/v1/success-factors",
    {
      schema: {
        tags,
        summary: "Replace the org's CSF / KFS (admin)",
        body: successFactors,
        response: { 200: z.array(successFactor), ...errors },
      },
    },
    (request) => kpis.replaceSuccessFactors(callerOf(request), request.body),
  );
  r.get(
    "/api/v1/kpi-presets",
    {
      schema: {
        tags,
        summary: "Phase presets (launch / growth / mature) with priority stars",
        response: { 200: z.array(phasePreset) },
      },
    },
    () => kpis.presets(),
  );
  r.get(
    "/api/v1/teams/:id/kpis",
    {
      schema: {
        tags,
        summary: "The KPIs a team works on, ordered, with stars",
        params: idParams,
        response: { 200: z.array(teamKpi), ...errors },
      },
    },
    (request) => kpis.teamKpis(callerOf(request), request.params.id),
  );
  r.put(
    "/api/v1/teams/:id/kpis",
    {
      schema: {
        tags,
        summary:
          "Apply a phase preset to a team in one step, or set its KPI list (manager of the team, admin)",
        params: idParams,
        body: teamKpisUpdate,
        response: { 200: z.array(teamKpi), ...errors },
      },
    },
    (request) => kpis.updateTeamKpis(callerOf(request), request.params.id, request.body),
  );
}
