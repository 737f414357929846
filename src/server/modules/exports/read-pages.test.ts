import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvStream } from "./csv-export";
import { inSnapshot, keysetPages, offsetPages, prefetched, readAhead } from "./read-pages";
import { endWhenStalled } from "./send-file";
import { contentDisposition, type ExportRow, wallClock } from "./table-export";
import { xlsxStream } from "./xlsx-export";

/** A stand-in for the database's read-only transaction that reports how it ended. */
function fakeTransaction() {
  const state = { ended: "open" as "open" | "committed" | "rolled back" };
  const readOnly = async <T>(work: (repos: null) => Promise<T>) => {
    try {
      const result = await work(null);
      state.ended = "committed";
      return result;
    } catch (error) {
      state.ended = "rolled back";
      throw error;
    }
  };
  return { state, readOnly };
}

/** Pages without end, each after a turn of the event loop, as a database's would come. */
async function* endless(): AsyncIterable<ExportRow[]> {
  for (let i = 0; ; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    yield Array.from({ length: 500 }, (_, j) => ({ n: i * 500 + j, text: "行".repeat(50) }));
  }
}

const table = (batches: AsyncIterable<ExportRow[]>) => ({
  key: "t",
  title: { ja: "表", en: "Table" },
  columns: [
    { key: "n", header: { ja: "番号", en: "No." }, type: "number" as const },
    { key: "text", header: { ja: "本文", en: "Text" }, type: "text" as const },
  ],
  batches,
});
const options = { lang: "ja" as const, timeZone: "Asia/Tokyo" };

describe("export streams", () => {
  for (const [format, write] of [
    ["csv", (t: ReturnType<typeof table>) => csvStream(t, options)],
    ["xlsx", (t: ReturnType<typeof table>) => xlsxStream([t], options)],
  ] as const) {
    it(`ends the snapshot when a ${format} download is abandoned`, async () => {
      const { state, readOnly } = fakeTransaction();
      const stream = write(table(await prefetched(inSnapshot(readOnly, () => readAhead(endless())))));
      await new Promise((resolve) => stream.once("data", resolve));
      stream.destroy();
      await expect.poll(() => state.ended).toBe("committed");
    });
  }

  it("rolls the snapshot back when reading fails, and fails the file", async () => {
    const { state, readOnly } = fakeTransaction();
    async function* failing() {
      yield [{ n: 1 }];
      throw new Error("connection lost");
    }
    const stream = csvStream(table(await prefetched(inSnapshot(readOnly, () => failing()))), options);
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    await expect(
      new Promise((resolve, reject) => stream.pipe(sink).on("finish", resolve) && stream.on("error", reject)),
    ).rejects.toThrow("connection lost");
    await expect.poll(() => state.ended).toBe("rolled back");
  });

  it("ends a download nobody reads any more", async () => {
    const { state, readOnly } = fakeTransaction();
    const stream = endWhenStalled(
      csvStream(table(await prefetched(inSnapshot(readOnly, () => endless()))), options),
      50,
    );
    stream.on("error", () => {});
    stream.resume();
    await new Promise((resolve) => setTimeout(resolve, 20));
    stream.pause();
    await expect.poll(() => stream.destroyed, { timeout: 2_000 }).toBe(true);
    await expect.poll(() => state.ended).toBe("committed");
  });
});

describe("pages", () => {
  it("reads offset and keyset pages to the end, and one page ahead in order", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => i);
    const offsets: number[][] = [];
    for await (const page of readAhead(offsetPages(async (o, l) => rows.slice(o, o + l), 10)))
      offsets.push(page);
    expect(offsets.map((p) => p.length)).toEqual([10, 10, 5]);
    const keys: number[][] = [];
    const after = (k: number | undefined, l: number) =>
      Promise.resolve(rows.filter((r) => k === undefined || r > k).slice(0, l));
    for await (const page of keysetPages(after, (r) => r, 5)) keys.push(page);
    expect(keys.flat()).toEqual(rows);
  });
});

describe("file details", () => {
  it("shows instants in the org's wall-clock time, across daylight saving", () => {
    expect(wallClock(new Date("2026-11-20T01:00:00Z"), "Asia/Tokyo")).toBe("2026-11-20 10:00:00");
    expect(wallClock(new Date("2026-03-08T06:59:59Z"), "America/New_York")).toBe("2026-03-08 01:59:59");
    expect(wallClock(new Date("2026-03-08T07:00:00Z"), "America/New_York")).toBe("2026-03-08 03:00:00");
  });

  it("names the file for every browser (RFC 6266 / 5987)", () => {
    expect(contentDisposition("案件-2026-12-02.csv")).toBe(
      `attachment; filename="__-2026-12-02.csv"; filename*=UTF-8''%E6%A1%88%E4%BB%B6-2026-12-02.csv`,
    );
  });
});
