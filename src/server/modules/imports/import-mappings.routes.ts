// Saved column mappings: chosen once for a kind of file, picked again for the next one.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorResponse, idParams } from "../../../contract/common";
import {
  type ImportMapping,
  type SavedMapping,
  savedMapping,
  savedMappingCreate,
  savedMappingQuery,
} from "../../../contract/imports";
import { AppError } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import type { ImportRepository } from "./imports.repository";
import { requireImporter } from "./imports.service";

type Row = Awaited<ReturnType<ImportRepository["createMapping"]>>;
const toMapping = (row: Row): SavedMapping => ({
  id: row.id,
  name: row.name,
  kind: row.kind as SavedMapping["kind"],
  preset: row.preset as SavedMapping["preset"],
  mapping: row.mapping as ImportMapping,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

export function registerImportMappingRoutes(app: FastifyInstance, deps: { repo: ImportRepository }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { repo } = deps;
  const tags = ["imports"];

  r.get(
    "/api/v1/import-mappings",
    {
      schema: {
        tags,
        summary: "Saved column mappings",
        querystring: savedMappingQuery,
        response: { 200: z.array(savedMapping), 403: errorResponse },
      },
    },
    async (request) => {
      requireImporter(callerOf(request));
      return (await repo.listMappings(request.query.kind)).map(toMapping);
    },
  );

  r.post(
    "/api/v1/import-mappings",
    {
      schema: {
        tags,
        summary: "Save a column mapping for the next file",
        body: savedMappingCreate,
        response: { 201: savedMapping, 400: errorResponse, 403: errorResponse },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      requireImporter(caller);
      return reply
        .status(201)
        .send(toMapping(await repo.createMapping({ ...request.body, createdBy: caller.userId })));
    },
  );

  r.delete(
    "/api/v1/import-mappings/:id",
    {
      schema: {
        tags,
        summary: "Delete a saved mapping",
        params: idParams,
        response: { 204: z.null(), 403: errorResponse, 404: errorResponse },
      },
    },
    async (request, reply) => {
      requireImporter(callerOf(request));
      if (!(await repo.deleteMapping(request.params.id))) throw new AppError("NOT_FOUND");
      return reply.status(204).send(null);
    },
  );
}
