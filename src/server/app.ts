// The composition root: plugins, error handling, OpenAPI, and every module wired to its dependencies.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Database, Executor } from "../db/client";
import { AppError, registerErrorHandler, sendError } from "./errors";
import { registerHealthRoutes } from "./health.routes";
import type { JobQueue } from "./jobs/job-queue";
import { createAccountRepository } from "./modules/accounts/accounts.repository";
import { registerAccountRoutes } from "./modules/accounts/accounts.routes";
import { createAccountService } from "./modules/accounts/accounts.service";
import { createActivityRepository } from "./modules/activities/activities.repository";
import { registerActivityRoutes } from "./modules/activities/activities.routes";
import { createActivityService } from "./modules/activities/activities.service";
import { createAlertDelivery } from "./modules/alerts/alert-delivery";
import { createAlertEscalation } from "./modules/alerts/alert-escalation";
import { createAlertEvaluator } from "./modules/alerts/alert-evaluation";
import { createAlertFactsRepository } from "./modules/alerts/alert-facts.repository";
import { createAlertJobs } from "./modules/alerts/alert-jobs";
import { createMailer, type MailSettings } from "./modules/alerts/alert-mailer";
import { createAlertRuleRepository } from "./modules/alerts/alert-rules.repository";
import { createAlertRuleService } from "./modules/alerts/alert-rules.service";
import { createAlertRepository } from "./modules/alerts/alerts.repository";
import { registerAlertRoutes } from "./modules/alerts/alerts.routes";
import { createAlertService } from "./modules/alerts/alerts.service";
import { createNotificationPreferenceRepository } from "./modules/alerts/notification-preferences.repository";
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
import { exportReposOf } from "./modules/exports/export-repos";
import { registerExportRoutes } from "./modules/exports/exports.routes";
import { createListExportService } from "./modules/exports/list-exports.service";
import { createReportExportService } from "./modules/exports/report-exports.service";
import { createForecastRepository } from "./modules/forecast/forecast.repository";
import { registerForecastRoutes } from "./modules/forecast/forecast.routes";
import { createForecastService } from "./modules/forecast/forecast.service";
import { createForecastAccuracyService } from "./modules/forecast/forecast-accuracy.service";
import { createForecastHistory } from "./modules/forecast/forecast-history";
import { startForecastJobs } from "./modules/forecast/forecast-jobs";
import { createForecastSettingsService } from "./modules/forecast/forecast-settings.service";
import { createForecastSnapshots } from "./modules/forecast/forecast-snapshots";
import { registerImportMappingRoutes } from "./modules/imports/import-mappings.routes";
import { importPlans } from "./modules/imports/import-plans";
import { createImportRunner } from "./modules/imports/import-runner";
import { createImportRepository } from "./modules/imports/imports.repository";
import { registerImportRoutes } from "./modules/imports/imports.routes";
import { createImportService } from "./modules/imports/imports.service";
import { createInsideSalesRepository } from "./modules/inside-sales/inside-sales.repository";
import { registerInsideSalesRoutes } from "./modules/inside-sales/inside-sales.routes";
import { createInsideSalesService } from "./modules/inside-sales/inside-sales.service";
import { createKpiProgressService } from "./modules/kpi-tree/kpi-progress.service";
import { registerKpiProgressRoutes, registerKpiTreeRoutes } from "./modules/kpi-tree/kpi-tree.routes";
import { createKpiTreeService } from "./modules/kpi-tree/kpi-tree.service";
import { createKpiRepository } from "./modules/kpis/kpis.repository";
import { registerKpiRoutes } from "./modules/kpis/kpis.routes";
import { createKpiService } from "./modules/kpis/kpis.service";
import { createHandoffRepository } from "./modules/leads/handoffs.repository";
import { createInsideSalesSettingsService } from "./modules/leads/inside-sales-settings.service";
import { createHandoffService } from "./modules/leads/lead-handoff.service";
import { createLeadRepository } from "./modules/leads/leads.repository";
import { registerLeadRoutes } from "./modules/leads/leads.routes";
import { createLeadService } from "./modules/leads/leads.service";
import { createMetricsRepository } from "./modules/metrics/metrics.repository";
import { createMetricsService } from "./modules/metrics/metrics.service";
import { createMyDayRepository } from "./modules/my-day/my-day.repository";
import { registerMyDayRoutes } from "./modules/my-day/my-day.routes";
import { createMyDayService } from "./modules/my-day/my-day.service";
import { createPipelineRepository } from "./modules/pipelines/pipelines.repository";
import { registerPipelineRoutes } from "./modules/pipelines/pipelines.routes";
import { createPipelineService } from "./modules/pipelines/pipelines.service";
import { createReviewActionRepository } from "./modules/reviews/review-actions.repository";
import { createReviewActionService } from "./modules/reviews/review-actions.service";
import { createReviewFigures } from "./modules/reviews/review-figures";
import { createReviewRepository } from "./modules/reviews/reviews.repository";
import { registerReviewRoutes } from "./modules/reviews/reviews.routes";
import { createReviewService } from "./modules/reviews/reviews.service";
import { createTargetRepository } from "./modules/targets/targets.repository";
import { registerTargetRoutes } from "./modules/targets/targets.routes";
import { createTargetService } from "./modules/targets/targets.service";
import { createTaskRepository } from "./modules/tasks/tasks.repository";
import { registerTaskRoutes } from "./modules/tasks/tasks.routes";
import { createTaskService } from "./modules/tasks/tasks.service";
import { createWebhookJobs, defaultWebhookRetry, type WebhookRetry } from "./modules/webhooks/webhook-jobs";
import { createWebhookOutbox } from "./modules/webhooks/webhook-outbox.repository";
import { createWebhookSender } from "./modules/webhooks/webhook-sender";
import { createWebhookRepository } from "./modules/webhooks/webhooks.repository";
import { registerWebhookRoutes } from "./modules/webhooks/webhooks.routes";
import { createWebhookService } from "./modules/webhooks/webhooks.service";

export type AppDeps = {
  database: Database;
  clock?: Clock;
  secureCookies?: boolean;
  sessionHours?: number;
  loginRateLimit?: number;
  /** The built web app to serve; none in API tests. */
  webRoot?: string;
  logger?: FastifyServerOptions["logger"];
  /** The job queue: with it this instance also runs the workers (webhook deliveries, cron jobs). */
  jobs?: JobQueue;
  /** Where users reach the web app, for links in notifications. */
  publicUrl?: string;
  webhookRetry?: WebhookRetry;
  /** SMTP for alert e-mails; none: no e-mail. */
  mail?: MailSettings;
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
  // Uploads stream to a temporary file: the limit is the disk's, not the memory's.
  await app.register(multipart, {
    limits: { fileSize: 4 * 1024 ** 3, files: 1, fields: 20, fieldSize: 1024 * 1024 },
  });
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

  const webhookJobs = createWebhookJobs(deps.jobs, { retry: deps.webhookRetry });
  // Deliveries written in a transaction are enqueued after its commit (the outbox).
  const reposOf = (executor: Executor, written?: number[]) => ({
    activities: createActivityRepository(executor),
    leads: createLeadRepository(executor),
    handoffs: createHandoffRepository(executor),
    accounts: createAccountRepository(executor),
    deals: createDealRepository(executor),
    tasks: createTaskRepository(executor),
    audit: createAuditRepository(executor),
    directory: createDirectoryRepository(executor),
    pipelines: createPipelineRepository(executor),
    targets: createTargetRepository(executor),
    kpis: createKpiRepository(executor),
    forecast: createForecastRepository(executor),
    webhooks: createWebhookRepository(executor),
    reviews: createReviewRepository(executor),
    reviewActions: createReviewActionRepository(executor),
    outbox: createWebhookOutbox(executor, (ids) =>
      written ? written.push(...ids) : webhookJobs.enqueueNew(ids),
    ),
  });
  const repos = reposOf(db);
  const inTransaction = async <T>(work: (repos: ReturnType<typeof reposOf>) => Promise<T>) => {
    const written: number[] = [];
    const result = await db.transaction((tx) => work(reposOf(tx, written)));
    webhookJobs.enqueueNew(written);
    return result;
  };
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
  const progress = createKpiProgressService({
    metrics,
    directory: repos.directory,
    kpis: repos.kpis,
    targets: repos.targets,
    clock,
  });
  registerKpiProgressRoutes(app, { progress });
  registerTargetRoutes(app, { targets: createTargetService({ repos, inTransaction, metrics, clock }) });
  const dataQuality = createDataQualityService({
    repo: createDataQualityRepository(db),
    directory: repos.directory,
    clock,
  });
  registerDataQualityRoutes(app, { dataQuality });
  registerAccountRoutes(app, { accounts: createAccountService({ accounts: repos.accounts }) });
  registerLeadRoutes(app, {
    leads: createLeadService({ repos, inTransaction, clock }),
    handoffs: createHandoffService({ repos, inTransaction, clock }),
    settings: createInsideSalesSettingsService({ repos, inTransaction }),
  });
  registerTaskRoutes(app, { tasks: createTaskService({ repos, inTransaction, clock }) });
  registerMyDayRoutes(app, {
    myDay: createMyDayService({
      repo: createMyDayRepository(db),
      tasks: repos.tasks,
      deals: repos.deals,
      leads: repos.leads,
      directory: repos.directory,
      progress,
      clock,
    }),
  });
  registerActivityRoutes(app, {
    activities: createActivityService({ repos, inTransaction, metrics, clock }),
  });
  const dashboard = createDashboardService({
    metrics,
    metricsRepo,
    repo: createDashboardRepository(db),
    deals: repos.deals,
    directory: repos.directory,
    kpis: repos.kpis,
    targets: repos.targets,
    clock,
  });
  registerDashboardRoutes(app, { dashboard });
  const insideSales = createInsideSalesService({
    repo: createInsideSalesRepository(db),
    metrics,
    directory: repos.directory,
    kpis: repos.kpis,
    clock,
  });
  registerInsideSalesRoutes(app, { insideSales });
  const forecastHistory = createForecastHistory(repos.forecast);
  const forecastReads = { repo: repos.forecast, metrics, directory: repos.directory };
  const forecast = createForecastService({
    ...forecastReads,
    history: forecastHistory,
    targets: repos.targets,
  });
  registerForecastRoutes(app, {
    forecast,
    accuracy: createForecastAccuracyService(forecastReads),
    settings: createForecastSettingsService({ repos, inTransaction }),
  });
  await startForecastJobs(deps.jobs, {
    snapshots: createForecastSnapshots({
      ...forecastReads,
      history: forecastHistory,
      targets: repos.targets,
    }),
    directory: repos.directory,
    clock,
  });
  const analysis = createAnalysisService({
    metrics,
    repo: createAnalysisRepository(db),
    directory: repos.directory,
    kpis: repos.kpis,
    targets: repos.targets,
    insideSales,
  });
  registerAnalysisRoutes(app, { analysis });
  registerReviewRoutes(app, {
    reviews: createReviewService({
      repos,
      inTransaction,
      figures: createReviewFigures({ dashboard, analysis, forecast, insideSales }),
      metrics,
      clock,
    }),
    actions: createReviewActionService({ inTransaction, clock }),
  });
  registerExportRoutes(app, {
    lists: createListExportService({
      // Every page of one export from one snapshot.
      readOnly: (work) =>
        db.transaction((tx) => work(exportReposOf(tx)), {
          isolationLevel: "repeatable read",
          accessMode: "read only",
        }),
      directory: repos.directory,
      clock,
    }),
    reports: createReportExportService({
      dataQuality,
      dashboard,
      analysis,
      directory: repos.directory,
      clock,
    }),
  });

  registerImports(app, pool, db);

  const webhookSender = createWebhookSender({
    repo: repos.webhooks,
    clock,
    publicUrl: deps.publicUrl ?? "http://localhost:3000",
  });
  registerWebhookRoutes(app, {
    webhooks: createWebhookService({ repos, inTransaction, sender: webhookSender, jobs: webhookJobs, clock }),
  });
  await webhookJobs.start({ repo: repos.webhooks, sender: webhookSender });

  await registerAlerts(app, deps, {
    clock,
    directory: repos.directory,
    kpis: repos.kpis,
    targets: repos.targets,
    metrics,
    forecast: repos.forecast,
    history: forecastHistory,
  });

  await registerWeb(app, deps.webRoot);
  return app;
}

/** Alert rules, the inbox and the channels; with the job queue, the 15-minute evaluation, escalation
 *  and delivery jobs. */
async function registerAlerts(
  app: FastifyInstance,
  deps: AppDeps,
  reads: { clock: Clock } & Omit<Parameters<typeof createAlertEvaluator>[0], "rules" | "alerts" | "facts">,
) {
  const { db } = deps.database;
  const { clock, directory, kpis } = reads;
  const log = (message: string) => app.log.warn(message);
  const alertRepos = (executor: Executor) => ({
    alerts: createAlertRepository(executor),
    prefs: createNotificationPreferenceRepository(executor),
  });
  const repos = alertRepos(db);
  const facts = createAlertFactsRepository(db);
  const rules = createAlertRuleRepository(db);
  const mailer = createMailer(deps.mail);
  if (mailer) app.addHook("onClose", async () => mailer.close());
  const delivery = createAlertDelivery({
    repos,
    inTransaction: (work) => db.transaction((tx) => work(alertRepos(tx))),
    mailer,
    publicUrl: deps.publicUrl ?? "http://localhost:3000",
    clock,
    log,
  });
  const evaluator = createAlertEvaluator({ ...reads, rules, alerts: repos.alerts, facts });
  const jobs = createAlertJobs(deps.jobs, { retry: deps.webhookRetry ?? defaultWebhookRetry, delivery, log });
  registerAlertRoutes(app, {
    rules: createAlertRuleService({
      repos: { alertRules: rules, audit: createAuditRepository(db) },
      inTransaction: (work) =>
        db.transaction((tx) =>
          work({ alertRules: createAlertRuleRepository(tx), audit: createAuditRepository(tx) }),
        ),
      directory,
      kpis,
      evaluator,
      delivery,
      jobs,
      clock,
    }),
    alerts: createAlertService({ alerts: repos.alerts, prefs: repos.prefs, clock }),
  });
  await jobs.start({
    evaluator,
    escalation: createAlertEscalation({ alerts: repos.alerts, facts, directory }),
    directory,
    clock,
  });
}

/** Imports run in the background of the instance that received the file; closing waits for them. */
function registerImports(app: FastifyInstance, pool: Database["pool"], db: Database["db"]) {
  const repo = createImportRepository(db);
  const runner = createImportRunner({ pool, repo, plans: importPlans });
  const running = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };
  app.addHook("onClose", async () => {
    await Promise.allSettled([...running]);
  });
  registerImportRoutes(app, { imports: createImportService({ repo, run: runner.run, track }) });
  registerImportMappingRoutes(app, { repo });
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
