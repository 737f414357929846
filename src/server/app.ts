// The composition root: plugins, error handling, OpenAPI, and every module wired to its dependencies.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Database, Executor } from "../db/client";
import { AppError, registerErrorHandler, sendError } from "./errors";
import { registerHealthRoutes } from "./health.routes";
import { createAccountRepository } from "./modules/accounts/accounts.repository";
import { registerAccountRoutes } from "./modules/accounts/accounts.routes";
import { createAccountService } from "./modules/accounts/accounts.service";
import { createActivityRepository } from "./modules/activities/activities.repository";
import { registerActivityRoutes } from "./modules/activities/activities.routes";
import { createActivityService } from "./modules/activities/activities.service";
import { createAnalysisRepository } from "./modules/analysis/analysis.repository";
import { registerAnalysisRoutes } from "./modules/analysis/analysis.routes";
import { createAnalysisService } from "./modules/analysis/analysis.service";
import { createAuditRepository } from "./modules/audit/audit.repository";
import { registerAuthHooks } from "./modules/auth/auth.hooks";
import { createAuthRepository } from "./modules/auth/auth.repository";
import { registerAuthRoutes } from "./modules/auth/auth.routes";
import { type Clock, createAuthService } from "./modules/auth/auth.service";
import { createDashboardRepository } from "./modules/dashboard/dashboard.repository";
import { registerDashboardRoutes } from "./modules/dashboard/dashboard.routes";
import { createDashboardService } from "./modules/dashboard/dashboard.service";
import { createDataQualityRepository } from "./modules/data-quality/data-quality.repository";
import { registerDataQualityRoutes } from "./modules/data-quality/data-quality.routes";
import { createDataQualityService } from "./modules/data-quality/data-quality.service";
import { createDealRepository } from "./modules/deals/deals.repository";
import { registerDealRoutes } from "./modules/deals/deals.routes";
import { createDealService } from "./modules/deals/deals.service";
import { createDirectoryRepository } from "./modules/directory/directory.repository";
import { registerDirectoryRoutes } from "./modules/directory/directory.routes";
import { createKpiProgressService } from "./modules/kpi-tree/kpi-progress.service";
import { registerKpiProgressRoutes, registerKpiTreeRoutes } from "./modules/kpi-tree/kpi-tree.routes";
import { createKpiTreeService } from "./modules/kpi-tree/kpi-tree.service";
import { createKpiRepository } from "./modules/kpis/kpis.repository";
import { registerKpiRoutes } from "./modules/kpis/kpis.routes";
import { createKpiService } from "./modules/kpis/kpis.service";
import { createMetricsRepository } from "./modules/metrics/metrics.repository";
import { createMetricsService } from "./modules/metrics/metrics.service";
import { createPipelineRepository } from "./modules/pipelines/pipelines.repository";
import { registerPipelineRoutes } from "./modules/pipelines/pipelines.routes";
import { createPipelineService } from "./modules/pipelines/pipelines.service";
import { createTargetRepository } from "./modules/targets/targets.repository";
import { registerTargetRoutes } from "./modules/targets/targets.routes";
import { createTargetService } from "./modules/targets/targets.service";

export type AppDeps = {
  database: Database;
  clock?: Clock;
  secureCookies?: boolean;
  sessionHours?: number;
  loginRateLimit?: number;
  /** The built web app to serve; none in API tests. */
  webRoot?: string;
  logger?: FastifyServerOptions["logger"];
};

export const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/web");

export async function buildApp(deps: AppDeps) {
  const { db, pool } = deps.database;
  const clock = deps.clock ?? { now: () => new Date() };
  const sessionHours = deps.sessionHours ?? 24 * 7;

  const app = Fastify({ logger: deps.logger ?? false, trustProxy: true, bodyLimit: 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Susumu API",
        description:
          "Sales progress management. Authenticate with the session cookie (and `x-csrf-token` on writes) or a personal API token (`Authorization: Bearer …`).",
        version: "1",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "susumu_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());

  const auth = createAuthService({ repo: createAuthRepository(db), clock, sessionHours });
  registerAuthHooks(app, auth);

  const reposOf = (executor: Executor) => ({
    activities: createActivityRepository(executor),
    deals: createDealRepository(executor),
    audit: createAuditRepository(executor),
    directory: createDirectoryRepository(executor),
    pipelines: createPipelineRepository(executor),
    targets: createTargetRepository(executor),
    kpis: createKpiRepository(executor),
  });
  const repos = reposOf(db);
  const inTransaction = <T>(work: (repos: ReturnType<typeof reposOf>) => Promise<T>) =>
    db.transaction((tx) => work(reposOf(tx)));
  const deals = createDealService({ repos, inTransaction, clock });

  registerHealthRoutes(app, { pool });
  registerAuthRoutes(app, {
    auth,
    secureCookies: deps.secureCookies ?? false,
    sessionHours,
    loginRateLimit: deps.loginRateLimit ?? 10,
  });
  registerDirectoryRoutes(app, { directory: repos.directory });
  registerDealRoutes(app, { deals });
  registerPipelineRoutes(app, { pipelines: createPipelineService({ inTransaction, clock }) });
  const metricsRepo = createMetricsRepository(db);
  const metrics = createMetricsService({
    repo: metricsRepo,
    directory: repos.directory,
    targets: repos.targets,
    clock,
  });
  registerKpiTreeRoutes(app, { kpiTree: createKpiTreeService({ metrics, directory: repos.directory }) });
  registerKpiRoutes(app, { kpis: createKpiService({ repos, inTransaction }) });
  registerKpiProgressRoutes(app, {
    progress: createKpiProgressService({
      metrics,
      directory: repos.directory,
      kpis: repos.kpis,
      targets: repos.targets,
      clock,
    }),
  });
  registerTargetRoutes(app, { targets: createTargetService({ repos, inTransaction, metrics, clock }) });
  registerDataQualityRoutes(app, {
    dataQuality: createDataQualityService({
      repo: createDataQualityRepository(db),
      directory: repos.directory,
      clock,
    }),
  });
  registerAccountRoutes(app, { accounts: createAccountService({ accounts: createAccountRepository(db) }) });
  registerActivityRoutes(app, {
    activities: createActivityService({ repos, inTransaction, metrics, clock }),
  });
  registerDashboardRoutes(app, {
    dashboard: createDashboardService({
      metrics,
      metricsRepo,
      repo: createDashboardRepository(db),
      deals: repos.deals,
      directory: repos.directory,
      kpis: repos.kpis,
      targets: repos.targets,
      clock,
    }),
  });
  registerAnalysisRoutes(app, {
    analysis: createAnalysisService({
      metrics,
      repo: createAnalysisRepository(db),
      directory: repos.directory,
      kpis: repos.kpis,
      targets: repos.targets,
    }),
  });

  await registerWeb(app, deps.webRoot);
  return app;
}

/** The built single-page app: its files, and index.html for every other non-API path. */
async function registerWeb(app: FastifyInstance, webRoot: string | undefined) {
  const hasWeb = webRoot !== undefined && existsSync(path.join(webRoot, "index.html"));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url === "/api";
    if (!hasWeb || isApi || request.method !== "GET") return sendError(request, reply, "NOT_FOUND");
    return reply.type("text/html").sendFile("index.html");
  });
}

export { AppError };
