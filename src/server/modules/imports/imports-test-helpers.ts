// Uploading a file the way the page does, and following the run until it ends.
import { expect } from "vitest";
import type { ImportRun } from "../../../contract/imports";
import type { createTestApp } from "../../../test/http";
import { multipartBody } from "../../../test/multipart";

type Session = Awaited<ReturnType<Awaited<ReturnType<typeof createTestApp>>["login"]>>;

export async function importFile(
  session: Session,
  file: { name: string; content: Buffer | string },
  fields: Record<string, string | undefined>,
): Promise<ImportRun> {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  const { payload, headers } = await multipartBody(defined, file);
  const started = await session.request("POST", "/api/v1/imports", payload, headers);
  expect(started.statusCode, started.body).toBe(202);
  let run = started.json() as ImportRun;
  for (let i = 0; i < 600 && (run.status === "queued" || run.status === "running"); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = (await session.request("GET", `/api/v1/imports/${run.id}`)).json() as ImportRun;
  }
  return run;
}
