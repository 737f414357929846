// What a run does with each chunk of staged rows: load it into the staging table, decide once
// whether the run goes in bulk, drop the repeated external ids, and let the kind's plan check and
// upsert the rest. A whole-file plan (see KindPlan.wholeFile) gets all the chunks at its last call.
import type pg from "pg";
import { BULK_LOAD_SETTING } from "../../../db/rollups/rollup-triggers";
import type { ChunkApply } from "./import-chunks";
import type { ApplyErrors, KindPlan } from "./import-plan";
import type { Staging } from "./import-staging";

/** Up to this many rows the triggers keep the rollups; above it, see worthRebuilding. */
const BULK_ROWS = 2_000;

export function createChunkApply(deps: {
  client: pg.PoolClient;
  plan: KindPlan;
  staging: Staging;
  /** The share of the file read so far (0 to 1). */
  share: () => number;
  report: (groups: ApplyErrors) => Promise<void>;
}) {
  const { client, plan, staging } = deps;
  const query = async <R>(text: string) => (await client.query(text)).rows as R[];
  let bulk: boolean | undefined;
  let analyzed = false;
  let staged = 0;

  const apply: ChunkApply = async (lines, last) => {
    staged += lines.length;
    // Decided before the first write; with chunks still to come, the file's rows are estimated from
    // the share of its bytes read so far (taken now, before the read moves on).
    const expected = last ? staged : staged / Math.max(deps.share(), 1e-6);
    // A whole-file plan's chunks pile up in the staging table until the last one.
    if (!plan.wholeFile) await staging.clear();
    await staging.load(lines);
    if (plan.wholeFile && !last) return;
    // Chunks are alike: the first one's statistics serve the rest.
    if (!analyzed) await staging.analyze();
    analyzed = true;
    if (bulk === undefined) {
      bulk = plan.rebuildsRollups === true || (await worthRebuilding(client, expected));
      if (bulk) await enterBulkLoad(client);
    }
    const duplicates = await staging.dropDuplicates(!last);
    await deps.report([
      { code: "DUPLICATE_EXTERNAL_ID", column: "externalId", rows: duplicates },
      ...(await plan.apply(query)),
    ]);
  };

  /** Whether the run went in bulk: its rollups are rebuilt before commit. */
  return { apply, bulk: () => bulk === true };
}

/**
 * The rollup triggers skip (rebuilt once before commit). On a superuser connection (the embedded
 * PostgreSQL) every per-row trigger is off, foreign-key checks included, as pg_restore does: every
 * id a plan writes was read from the database in this transaction, and the one referenced table a
 * concurrent edit may delete from (stages) is locked against it until commit.
 */
async function enterBulkLoad(client: pg.PoolClient) {
  await client.query(`set local ${BULK_LOAD_SETTING} = 'on'`);
  const { rows } = await client.query<{ on: string }>("select current_setting('is_superuser') as on");
  if (rows[0]?.on !== "on") return;
  await client.query("lock table stages in share mode");
  await client.query("set local session_replication_role = replica");
}

/**
 * Whether rebuilding the rollups once beats keeping them row by row: a rebuild reads every activity,
 * deal and stage change of the org (~2 µs a row), the triggers and key checks cost ~100 µs a written
 * row (100k activities: 11.8 s with them, 0.9 s without), so a file goes in bulk when it holds more
 * than a fiftieth of what a rebuild reads (and more than BULK_ROWS).
 */
async function worthRebuilding(client: pg.PoolClient, staged: number) {
  if (staged <= BULK_ROWS) return false;
  const { rows } = await client.query<{ n: number }>(
    `select coalesce(sum(greatest(reltuples, 0)), 0)::float8 as n from pg_class
     where oid in ('activities'::regclass, 'deals'::regclass, 'deal_stage_history'::regclass)`,
  );
  return staged > (rows[0]?.n ?? 0) / 50;
}
