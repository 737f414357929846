import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorResponse, idParams } from "../../../contract/common";
import { pipeline } from "../../../contract/directory";
import { pipelineCreate, pipelineTemplate, pipelineUpdate } from "../../../contract/pipelines";
import { requireRole } from "../auth/auth.hooks";
import type { createPipelineService } from "./pipelines.service";

const errors = {
  400: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};

export function registerPipelineRoutes(
  app: FastifyInstance,
  deps: { pipelines: ReturnType<typeof createPipelineService> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["pipelines"];

  r.get(
    "/api/v1/pipeline-templates",
    {
      schema: {
        tags,
        summary: "Pipeline templates to start from (admin)",
        response: { 200: z.array(pipelineTemplate), 403: errorResponse },
      },
    },
    (request) => {
      requireRole(request, "admin");
      return deps.pipelines.templates();
    },
  );

  r.post(
    "/api/v1/pipelines",
    {
      schema: {
        tags,
        summary: "Create a pipeline from a template or from its stages (admin)",
        body: pipelineCreate,
        response: { 201: pipeline, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await deps.pipelines.create(requireRole(request, "admin"), request.body)),
  );

  r.patch(
    "/api/v1/pipelines/:id",
    {
      schema: {
        tags,
        summary:
          "Edit a pipeline and its ordered stages with their gates (admin); stages left out are removed, refused while they hold deals",
        params: idParams,
        body: pipelineUpdate,
        response: { 200: pipeline, ...errors },
      },
    },
    (request) => deps.pipelines.update(requireRole(request, "admin"), request.params.id, request.body),
  );
}
