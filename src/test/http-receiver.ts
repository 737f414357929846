// A local HTTP server that records what it receives and answers with the status the test chooses.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

export type Received = { headers: IncomingHttpHeaders; body: string; json: () => unknown };

export async function startReceiver(answer: (request: Received, index: number) => number = () => 200) {
  const received: Received[] = [];
  let respond = answer;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const entry = { headers: request.headers, body, json: () => JSON.parse(body) as unknown };
      received.push(entry);
      response.statusCode = respond(entry, received.length - 1);
      response.end(response.statusCode < 300 ? "ok" : "nope");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Changes how later requests are answered. */
    answerWith(next: (request: Received, index: number) => number) {
      respond = next;
    },
  };
}
