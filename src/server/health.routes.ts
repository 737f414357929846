import type { FastifyInstance } from "fastify";
import type pg from "pg";
import { AppError } from "./errors";

export function registerHealthRoutes(app: FastifyInstance, deps: { pool: pg.Pool }) {
  // The process is up.
  app.get("/healthz", { schema: { tags: ["health"] } }, () => ({ status: "ok" }));
  // The process can serve: the database answers.
  app.get("/readyz", { schema: { tags: ["health"] } }, async () => {
    try {
      await deps.pool.query("select 1");
    } catch {
      throw new AppError("DATABASE_UNAVAILABLE");
    }
    return { status: "ready" };
  });
}
