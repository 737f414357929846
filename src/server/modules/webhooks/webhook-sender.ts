// One attempt at one delivery: render the body, sign it, POST it, record the outcome. A failure throws
// (after being recorded) so that the job queue retries with backoff.
import { createHmac } from "node:crypto";
import type { Clock } from "../auth/auth.service";
import { type DeliveryContent, jsonBody, slackBody } from "./webhook-messages";
import type { OutboxPayload } from "./webhook-outbox.repository";
import type { AttemptResult, WebhookRepository } from "./webhooks.repository";

export type WebhookSender = ReturnType<typeof createWebhookSender>;

/** `sha256=<hex>` of HMAC-SHA256(secret, timestamp + "." + body): what receivers verify. */
export function signatureOf(secret: string, timestamp: string, body: string) {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export class DeliveryFailed extends Error {}

export function createWebhookSender(deps: {
  repo: WebhookRepository;
  clock: Clock;
  publicUrl: string;
  timeoutMs?: number;
}) {
  const { repo, clock } = deps;
  const timeoutMs = deps.timeoutMs ?? 10_000;

  async function render(format: "json" | "slack", content: DeliveryContent) {
    if (format === "json") return jsonBody(content);
    const data = content.payload.data as { stageId?: string } | undefined;
    const ids = [content.payload.previousStageId, data?.stageId].filter((id): id is string => Boolean(id));
    const names = await repo.stageNames(ids);
    return slackBody(content, {
      publicUrl: deps.publicUrl,
      stageName: (id) => (id ? names.get(id) : undefined),
    });
  }

  async function post(url: string, body: string, headers: Record<string, string>): Promise<AttemptResult> {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "Susumu-Webhooks/1", ...headers },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text().catch(() => "");
      if (response.status >= 200 && response.status < 300) {
        return { ok: true, statusCode: response.status, error: null, final: true };
      }
      const detail = text.trim().slice(0, 300);
      return {
        ok: false,
        statusCode: response.status,
        error: `HTTP ${response.status}${detail ? `: ${detail}` : ""}`,
        final: false,
      };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const timedOut = error instanceof Error && error.name === "TimeoutError";
      const message = timedOut
        ? `timeout after ${timeoutMs / 1000} s`
        : (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
      return { ok: false, statusCode: null, error: message, final: false };
    }
  }

  return {
    /**
     * Sends a pending delivery once. `final`: no retry follows, a failure marks it failed. Returns
     * false when there was nothing to send (finished, replayed elsewhere, or gone).
     */
    async attempt(deliveryId: number, final: boolean): Promise<boolean> {
      const row = await repo.findToSend(deliveryId);
      if (row?.delivery.status !== "pending") return false;
      const { delivery } = row;
      if (!row.active) {
        await repo.recordAttempt(delivery.id, {
          ok: false,
          statusCode: null,
          error: "webhook inactive",
          final: true,
        });
        return true;
      }
      const content = {
        id: delivery.id,
        event: delivery.event,
        occurredAt: delivery.createdAt.toISOString(),
        payload: delivery.payload as OutboxPayload,
      };
      const body = await render(row.format, content);
      const timestamp = String(Math.floor(clock.now().getTime() / 1000));
      const result = await post(row.url, body, {
        "x-susumu-event": delivery.event,
        "x-susumu-delivery": String(delivery.id),
        "x-susumu-timestamp": timestamp,
        "x-susumu-signature": signatureOf(row.secret, timestamp, body),
      });
      await repo.recordAttempt(delivery.id, { ...result, final: result.ok || final });
      if (!result.ok) throw new DeliveryFailed(result.error ?? "failed");
      return true;
    },
  };
}
