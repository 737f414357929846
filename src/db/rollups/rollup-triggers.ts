// The triggers that keep the rollups in the same transaction as every write of activities, deals,
// hand-offs and stage history, whichever path writes them. Installed (create or replace) after the migrations; a
// change of definition rebuilds the rollups once (see installRollups).
import {
  activityColumns,
  closedDeal,
  closedDealColumns,
  createdDealColumns,
  dealRollupFields,
  forwardMove,
  handoffColumns,
} from "./rollup-definitions";

type Column = { column: string; value: string };

/** One signed upsert into daily_metrics of the given columns, for a day, owner and team (a row's
 *  owner_id and team_id unless named). */
function upsertMetrics(day: string, row: string, columns: Column[], owner = "owner_id", team = "team_id") {
  const names = columns.map((c) => c.column);
  return `insert into daily_metrics as m (day, owner_id, team_id, ${names.join(", ")})
      values (${day}, ${row}.${owner}, ${row}.${team}, ${columns.map((c) => `sign * (${c.value})`).join(", ")})
      on conflict (day, owner_id, team_id) do update set
        ${names.map((n) => `${n} = m.${n} + excluded.${n}`).join(",\n        ")};`;
}

/** A bulk import sets this for its transaction and rebuilds the rollups once before it commits. */
export const BULK_LOAD_SETTING = "susumu.bulk_load";
const skipDuringBulkLoad = `if current_setting('${BULK_LOAD_SETTING}', true) = 'on' then return null; end if;`;

const day = (instant: string) => `(${instant} at time zone susumu_org_time_zone())::date`;

export const rollupTriggerSql = `
create or replace function susumu_org_time_zone() returns text language sql stable as $$
  select coalesce((select time_zone from org_settings limit 1), 'Asia/Tokyo')
$$;

create or replace function susumu_activity_rollup(a activities, sign int) returns void language plpgsql as $$
begin
  ${upsertMetrics(
    day("a.occurred_at"),
    "a",
    activityColumns.map((c) => ({ column: c.column, value: `case when ${c.when("a")} then 1 else 0 end` })),
  )}
end $$;

create or replace function susumu_activities_rollup() returns trigger language plpgsql as $$
begin
  ${skipDuringBulkLoad}
  if tg_op in ('UPDATE', 'DELETE') then perform susumu_activity_rollup(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform susumu_activity_rollup(new, 1); end if;
  return null;
end $$;

drop trigger if exists activities_rollup on activities;
create trigger activities_rollup after insert or delete or update of kind, outcome, occurred_at, owner_id, team_id
  on activities for each row execute function susumu_activities_rollup();

create or replace function susumu_deal_rollup(d deals, sign int) returns void language plpgsql as $$
begin
  ${upsertMetrics(
    day("d.created_at"),
    "d",
    createdDealColumns.map((c) => ({ column: c.column, value: c.value("d") })),
  )}
  if ${closedDeal("d")} then
    ${upsertMetrics(
      day("d.closed_at"),
      "d",
      closedDealColumns.map((c) => ({ column: c.column, value: c.value("d") })),
    )}
  end if;
end $$;

create or replace function susumu_deals_rollup() returns trigger language plpgsql as $$
begin
  ${skipDuringBulkLoad}
  if tg_op = 'UPDATE' and (${dealRollupFields.map((f) => `old.${f}`).join(", ")})
      is not distinct from (${dealRollupFields.map((f) => `new.${f}`).join(", ")}) then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then perform susumu_deal_rollup(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform susumu_deal_rollup(new, 1); end if;
  return null;
end $$;

create or replace function susumu_handoff_rollup(h handoffs, sign int) returns void language plpgsql as $$
begin
  ${upsertMetrics(
    day("h.handed_off_at"),
    "h",
    handoffColumns.map((c) => ({ column: c.column, value: c.value("h") })),
    "is_owner_id",
    "is_team_id",
  )}
end $$;

create or replace function susumu_handoffs_rollup() returns trigger language plpgsql as $$
begin
  ${skipDuringBulkLoad}
  if tg_op in ('UPDATE', 'DELETE') then perform susumu_handoff_rollup(old, -1); end if;
  if tg_op in ('INSERT', 'UPDATE') then perform susumu_handoff_rollup(new, 1); end if;
  return null;
end $$;

drop trigger if exists handoffs_rollup on handoffs;
create trigger handoffs_rollup after insert or delete or update of handed_off_at, is_owner_id, is_team_id, meeting_date
  on handoffs for each row execute function susumu_handoffs_rollup();

drop trigger if exists deals_rollup on deals;
create trigger deals_rollup after insert or delete or update on deals
  for each row execute function susumu_deals_rollup();

-- Stage history is append-only: only an import replaces a deal's history, in bulk mode (rebuilt after).
create or replace function susumu_stage_history_rollup() returns trigger language plpgsql as $$
declare
  owner uuid;
  team uuid;
  entered_at timestamptz;
  forward int;
begin
  ${skipDuringBulkLoad}
  select coalesce(new.owner_id, d.owner_id), coalesce(new.team_id, d.team_id), d.created_at
    into owner, team, entered_at from deals d where d.id = new.deal_id;
  insert into daily_stage_metrics as m (day, owner_id, team_id, stage_id, entered)
    values (${day("new.changed_at")}, owner, team, new.to_stage_id, 1)
    on conflict (day, owner_id, team_id, stage_id) do update set entered = m.entered + 1;
  if new.from_stage_id is null then return null; end if;
  -- The deal entered the stage it leaves with its previous move (or when it was created).
  select coalesce((select h.changed_at from deal_stage_history h
      where h.deal_id = new.deal_id and (h.changed_at, h.id) < (new.changed_at, new.id)
      order by h.changed_at desc, h.id desc limit 1), entered_at) into entered_at;
  select case when ${forwardMove("f", "t")} then 1 else 0 end into forward
    from stages f, stages t where f.id = new.from_stage_id and t.id = new.to_stage_id;
  insert into daily_stage_metrics as m (day, owner_id, team_id, stage_id, exits, forward_exits, dwell_days)
    values (${day("new.changed_at")}, owner, team, new.from_stage_id, 1, coalesce(forward, 0),
      ${day("new.changed_at")} - ${day("entered_at")})
    on conflict (day, owner_id, team_id, stage_id) do update set
      exits = m.exits + 1, forward_exits = m.forward_exits + excluded.forward_exits,
      dwell_days = m.dwell_days + excluded.dwell_days;
  return null;
end $$;

drop trigger if exists deal_stage_history_rollup on deal_stage_history;
create trigger deal_stage_history_rollup after insert on deal_stage_history
  for each row execute function susumu_stage_history_rollup();
`;
