import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pipeline, team, user, usersQuery } from "../../../contract/directory";
import { subtreeOf } from "../../../domain/scope";
import { callerOf } from "../auth/auth.hooks";
import type { DirectoryRepository } from "./directory.repository";

export function registerDirectoryRoutes(app: FastifyInstance, deps: { directory: DirectoryRepository }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { directory } = deps;

  r.get(
    "/api/v1/teams",
    {
      schema: {
        tags: ["directory"],
        summary: "The teams the caller may see",
        response: { 200: z.array(team) },
      },
    },
    async (request) => {
      const { read } = callerOf(request).access;
      return directory.listTeams(read.all ? "all" : read.teamIds);
    },
  );

  r.get(
    "/api/v1/users",
    {
      schema: {
        tags: ["directory"],
        summary: "The users the caller may see, optionally of one team and its sub-teams",
        querystring: usersQuery,
        response: { 200: z.array(user) },
      },
    },
    async (request) => {
      const { read } = callerOf(request).access;
      const { teamId } = request.query;
      if (!teamId) return directory.listUsers(read);
      // The scope still applies: a team filter only narrows what the caller may see.
      return directory.listUsers(read, subtreeOf(await directory.listTeams("all"), teamId));
    },
  );

  r.get(
    "/api/v1/pipelines",
    {
      schema: {
        tags: ["pipelines"],
        summary: "Pipelines with their ordered stages and gate definitions",
        response: { 200: z.array(pipeline) },
      },
    },
    () => directory.listPipelines(),
  );
}
