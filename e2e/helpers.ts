// What the specs share: logging in (to "my day", the home page), finding columns and cards, dragging
// a card with the mouse, and calling the API from the page (the session cookie and CSRF token of the
// signed-in user).
import type { Page } from "playwright-core";
import { E2E_PASSWORD } from "./global-setup";

export async function logIn(page: Page, email: string) {
  await page.goto("/login");
  await page.locator('input[type="email"], input[name="email"]').fill(email);
  await page.locator('input[type="password"]').fill(E2E_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL("**/my-day");
}

export const column = (page: Page, stageKey: string) => page.getByTestId(`board-column-${stageKey}`);
export const card = (page: Page, name: string) => page.getByTestId("deal-card").filter({ hasText: name });

/** Picks a card up, carries it over the target column and drops it there. */
export async function dragCard(page: Page, name: string, toStageKey: string) {
  const from = await card(page, name).boundingBox();
  const to = await column(page, toStageKey).boundingBox();
  if (!from || !to) throw new Error("card or column not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 20 });
  await page.mouse.up();
}

/**
 * Drags a card onto a gated stage and returns the checklist it opens. On a loaded machine a fast
 * synthetic drag is now and then not picked up by dnd-kit: the drag is tried again, up to three times.
 */
export async function dragCardToGate(page: Page, name: string, toStageKey: string) {
  const gate = page.getByTestId("stage-gate-form");
  for (let attempt = 1; ; attempt++) {
    await dragCard(page, name, toStageKey);
    try {
      await gate.waitFor({ timeout: 10_000 });
      return gate;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

export type ApiAnswer<T = unknown> = { status: number; body: T };

/** A request as the signed-in user makes it, with the CSRF token from GET /me. */
export async function callApi<T = unknown>(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch("/api/v1/me")).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken ?? "" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  ) as Promise<ApiAnswer<T>>;
}

type StageRef = { id: string; key: string };
type PipelineRef = { id: string; isDefault: boolean; stages: StageRef[] };

/** A fresh deal of the signed-in user, in a stage of the default pipeline (creation is not gated). */
export async function createDealIn(page: Page, stageKey: string, fields: Record<string, unknown>) {
  const pipelines = await callApi<PipelineRef[]>(page, "GET", "/pipelines");
  const pipeline = pipelines.body.find((p) => p.isDefault) ?? pipelines.body[0];
  const stage = pipeline?.stages.find((s) => s.key === stageKey);
  if (!pipeline || !stage) throw new Error(`no stage ${stageKey}`);
  const created = await callApi<{ id: string }>(page, "POST", "/deals", {
    pipelineId: pipeline.id,
    stageId: stage.id,
    ...fields,
  });
  if (created.status !== 201 && created.status !== 200)
    throw new Error(`create failed: ${JSON.stringify(created)}`);
  return created.body;
}

/** A date some days from today as the date inputs take it ("YYYY/MM/DD"). */
export function dateFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())}`;
}
