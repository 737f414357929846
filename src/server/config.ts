// The environment, parsed once. Nothing else reads process.env.
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no"])
  .transform((value) => value === "1" || value === "true" || value === "yes");

const configSchema = z.object({
  DATABASE_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  SUSUMU_DATA_DIR: z.string().default("./data"),
  SUSUMU_DEMO: flag.default(true),
  SUSUMU_DEMO_PASSWORD: z.string().min(8).default("susumu-demo"),
  SUSUMU_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
  /** Send the session cookie only over HTTPS: set when served behind TLS. */
  SUSUMU_SECURE_COOKIES: flag.default(false),
  SUSUMU_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  SUSUMU_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Where users reach the app (links in webhook messages); default http://localhost:PORT. */
  SUSUMU_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Run the job workers (webhook deliveries, scheduled jobs) in this instance. */
  SUSUMU_JOBS: flag.default(true),
  SUSUMU_WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
  /** The first retry's delay; each next one doubles (with jitter). */
  SUSUMU_WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** The SMTP server of alert e-mails: smtp://user:pass@host:587 or smtps://…:465; none: no e-mail. */
  SUSUMU_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of alert e-mails. */
  SUSUMU_MAIL_FROM: z.string().min(3).default("Susumu <susumu@localhost>"),
});

export type Config = {
  databaseUrl: string | undefined;
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  demoPassword: string;
  logLevel: z.infer<typeof configSchema>["SUSUMU_LOG_LEVEL"];
  secureCookies: boolean;
  sessionHours: number;
  loginRateLimit: number;
  publicUrl: string;
  jobs: boolean;
  webhookRetry: { limit: number; delaySeconds: number; backoff: boolean };
  mail: { smtpUrl: string; from: string } | undefined;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== "")),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.SUSUMU_DATA_DIR,
    demo: e.SUSUMU_DEMO,
    demoPassword: e.SUSUMU_DEMO_PASSWORD,
    logLevel: e.SUSUMU_LOG_LEVEL,
    secureCookies: e.SUSUMU_SECURE_COOKIES,
    sessionHours: e.SUSUMU_SESSION_HOURS,
    loginRateLimit: e.SUSUMU_LOGIN_RATE_LIMIT,
    publicUrl: (e.SUSUMU_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    jobs: e.SUSUMU_JOBS,
    webhookRetry: {
      limit: e.SUSUMU_WEBHOOK_RETRY_LIMIT,
      delaySeconds: e.SUSUMU_WEBHOOK_RETRY_DELAY_SECONDS,
      backoff: true,
    },
    mail: e.SUSUMU_SMTP_URL ? { smtpUrl: e.SUSUMU_SMTP_URL, from: e.SUSUMU_MAIL_FROM } : undefined,
  };
}
