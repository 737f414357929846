// How an export reads a list of any length: page after page, never the whole result in memory, all
// pages from one read-only snapshot, so that a row edited during a long download is neither skipped
// nor written twice (the pages of a list sorted by "updated" would otherwise shift under it).
/** Work on the repositories of a read-only REPEATABLE READ transaction (app.ts wires it). */
export type ReadOnlyTransaction<R> = <T>(work: (repos: R) => Promise<T>) => Promise<T>;

export const PAGE_SIZE = 2000;

/** The pages that `pages` reads on the snapshot's repositories; the transaction ends when the
 *  iteration does (finished, stopped by the reader, or failed). */
export function inSnapshot<R, T>(
  readOnly: ReadOnlyTransaction<R>,
  pages: (repos: R) => AsyncIterable<T>,
): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      let finish: (error?: unknown) => void = () => {};
      const finished = new Promise<void>((resolve, reject) => {
        finish = (error) => (error === undefined ? resolve() : reject(error));
      });
      let begin: (iterator: AsyncIterator<T>) => void = () => {};
      const begun = new Promise<AsyncIterator<T>>((resolve) => {
        begin = resolve;
      });
      const transaction = readOnly(async (tx) => {
        begin(pages(tx)[Symbol.asyncIterator]());
        await finished;
      });
      // A transaction that fails to begin never hands out an iterator.
      const failedToBegin = transaction.then(() => Promise.reject(new Error("snapshot ended early")));
      failedToBegin.catch(() => {});
      const iterator = await Promise.race([begun, failedToBegin]);
      let failure: unknown;
      try {
        for (let step = await iterator.next(); !step.done; step = await iterator.next()) yield step.value;
      } catch (error) {
        failure = error ?? new Error("export failed");
        throw error;
      } finally {
        if (failure === undefined) await iterator.return?.();
        finish(failure);
        await transaction.catch(() => {});
      }
    },
  };
}

/** Offset pages of a list whose order is total (its sort, then id): exact inside one snapshot. */
export async function* offsetPages<T>(
  read: (offset: number, limit: number) => Promise<T[]>,
  size = PAGE_SIZE,
): AsyncIterable<T[]> {
  for (let offset = 0; ; offset += size) {
    const rows = await read(offset, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}

/** Pages that each start after the last row of the previous one (keyset pagination). */
export async function* keysetPages<T, K>(
  read: (after: K | undefined, limit: number) => Promise<T[]>,
  keyOf: (row: T) => K,
  size = PAGE_SIZE,
): AsyncIterable<T[]> {
  let after: K | undefined;
  for (;;) {
    const rows = await read(after, size);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < size || last === undefined) return;
    after = keyOf(last);
  }
}

/** Each page's rows mapped, e.g. to the cells of a file. */
export async function* mapPages<T, U>(pages: AsyncIterable<T[]>, map: (row: T) => U): AsyncIterable<U[]> {
  for await (const page of pages) yield page.map(map);
}

/** Asks for the next page while the current one is being written: the database and the file writer
 *  work at the same time instead of in turn. */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  // Handled here so that a failure while the writer is busy is not an unhandled rejection; it is still
  // thrown by the `await` below.
  next.catch(() => {});
  let finished = false;
  try {
    for (;;) {
      const step = await next;
      if (step.done) {
        finished = true;
        return;
      }
      next = iterator.next();
      next.catch(() => {});
      yield step.value;
    }
  } finally {
    if (!finished) {
      await next.catch(() => undefined);
      await iterator.return?.();
    }
  }
}

/** The first batch read before anything is sent, so that a failing query still answers with an
 *  error status; the iterable then replays it and goes on. `return()` always reaches the source, even
 *  unread: a source holding a transaction must be closed however the download ends. */
export async function prefetched<T>(batches: AsyncIterable<T[]>): Promise<AsyncIterable<T[]>> {
  const source = batches[Symbol.asyncIterator]();
  let first: IteratorResult<T[]> | undefined = await source.next();
  const iterator: AsyncIterableIterator<T[]> = {
    next: async () => {
      const replay = first;
      first = undefined;
      return replay ?? source.next();
    },
    return: async () => {
      first = undefined;
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
