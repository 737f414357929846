// The read rows in chunks, each handed to `apply` once the chunk before it is done: while PostgreSQL
// stages and writes one chunk, Node reads and checks the next, so the two run on two cores at once
// instead of one after the other. At most two chunks are in memory (one applied, one filling), so
// memory stays flat in the file's size.

export type ChunkApply = (lines: string[], last: boolean) => Promise<void>;

export function createChunks(size: number, apply: ChunkApply) {
  let lines: string[] = [];
  let running: Promise<void> = Promise.resolve();
  const hand = async (last: boolean) => {
    await running; // a failed chunk stops the read here
    const chunk = lines;
    lines = [];
    running = apply(chunk, last);
    running.catch(() => {}); // seen by the next hand, end or settle, not as an unhandled rejection
  };
  return {
    async write(line: string) {
      lines.push(line);
      if (lines.length >= size) await hand(false);
    },
    /** The last chunk (possibly empty: a plan always gets its last call), and its outcome. */
    async end() {
      await hand(true);
      await running;
    },
    /** Waits for the chunk being applied, whatever its outcome: nothing may follow a rollback. */
    settle: () => running.catch(() => {}),
  };
}
