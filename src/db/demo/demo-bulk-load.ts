// Bulk-load mode for empty tables, as pg_restore does it: foreign keys and secondary indexes are
// dropped for the load and recreated afterwards from their own definitions (read from the catalog,
// so nothing is duplicated from the migrations). Checking a foreign key row by row costs more than
// the insert itself; re-adding it checks every row once, in one join. All of it runs inside the
// caller's transaction: on failure the schema is rolled back with the data.
import type pg from "pg";

type Definition = { table: string; name: string; definition: string };

export async function withBulkLoad<T>(
  client: pg.PoolClient,
  tables: string[],
  load: () => Promise<T>,
): Promise<T> {
  const foreignKeys = await client.query<Definition>(
    `select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
       from pg_constraint
      where contype = 'f' and conrelid = any($1::regclass[])
      order by conrelid::regclass::text, conname`,
    [tables],
  );
  const indexes = await client.query<Definition>(
    `select i.indrelid::regclass::text as "table", c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid = any($1::regclass[]) and not i.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by c.relname`,
    [tables],
  );
  for (const fk of foreignKeys.rows)
    await client.query(`alter table ${fk.table} drop constraint "${fk.name}"`);
  for (const index of indexes.rows) await client.query(`drop index "${index.name}"`);
  const result = await load();
  await client.query("set local maintenance_work_mem = '256MB'");
  for (const index of indexes.rows) await client.query(index.definition);
  for (const fk of foreignKeys.rows) {
    await client.query(`alter table ${fk.table} add constraint "${fk.name}" ${fk.definition}`);
  }
  return result;
}
