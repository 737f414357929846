// Stage history (Salesforce's OpportunityHistory, or the template's): per deal, the file's rows in time
// order, a row that repeats the stage before it dropped (Salesforce logs amount and date edits too),
// each remaining row a move from the stage before it. It replaces the single entry a deals import
// made for a deal it created; rows already imported (same external id) are updated, never doubled.
import { type ImportContext, noteUnknown } from "./import-context";
import { type KindPlan, moment, text } from "./import-plan";
import { scopeSql, timestampOf, uuidLiteral } from "./import-sql";

export function stageHistoryPlan(ctx: ImportContext): KindPlan {
  const writable = scopeSql(ctx.caller.access.write, "d.team_id", "d.owner_id");
  return {
    rebuildsRollups: true,
    // A deal's moves are its rows in time order, wherever they are in the file.
    wholeFile: true,
    columns: [
      ["deal_ext", "text"],
      ["stage_id", "uuid"],
      ["changed_at", "text"],
      ["deal_id", "uuid"],
    ],
    prepare(values) {
      const name = String(values.stage);
      const stage = ctx.stages.match(name);
      if (!stage) {
        noteUnknown(ctx, "stage", name);
        return { errors: [{ field: "stage", code: "UNKNOWN_STAGE", value: name }] };
      }
      return { cells: [text(values, "dealExternalId"), stage.id, moment(values, "changedAt"), null] };
    },
    async apply(query) {
      await query(
        `update import_rows s set deal_id = d.id from deals d where d.external_id = s.deal_ext and ${writable}`,
      );
      const unknownDeals = await query<{ row_no: number; value: string }>(
        "with bad as (delete from import_rows where deal_id is null returning row_no, deal_ext) select row_no, deal_ext as value from bad",
      );
      await query(`create temp table import_moves on commit drop as
        select row_no, external_id, deal_id, stage_id, at,
          lag(stage_id) over (partition by deal_id order by at, row_no) as from_stage_id
        from (
          select s.*, ${timestampOf("s.changed_at", ctx.timeZone)} as at,
            lag(s.stage_id) over (partition by s.deal_id order by ${timestampOf("s.changed_at", ctx.timeZone)}, s.row_no) as previous
          from import_rows s
        ) rows where previous is distinct from stage_id`);
      await query(`delete from deal_stage_history h where h.external_id is null
        and h.deal_id in (select distinct deal_id from import_moves)`);
      await query(
        `create temp table import_history_written on commit drop as select 0 as created, 0 as updated`,
      );
      await query(`with changed as (
          update deal_stage_history h set deal_id = m.deal_id, from_stage_id = m.from_stage_id, to_stage_id = m.stage_id, changed_at = m.at
          from import_moves m where h.external_id = m.external_id
            and (h.deal_id, h.from_stage_id, h.to_stage_id, h.changed_at) is distinct from (m.deal_id, m.from_stage_id, m.stage_id, m.at)
          returning h.id)
        update import_history_written set updated = (select count(*) from changed)`);
      await query(`with created as (
          insert into deal_stage_history (deal_id, from_stage_id, to_stage_id, owner_id, team_id, changed_by, changed_at, external_id)
          select m.deal_id, m.from_stage_id, m.stage_id, d.owner_id, d.team_id, ${uuidLiteral(ctx.caller.userId)}, m.at, m.external_id
          from import_moves m join deals d on d.id = m.deal_id
          where not exists (select 1 from deal_stage_history h where h.external_id = m.external_id)
          order by m.deal_id, m.at, m.row_no
          returning id)
        update import_history_written set created = (select count(*) from created)`);
      await query(`insert into import_records (import_id, record_id, action)
        select distinct ${uuidLiteral(ctx.importId)}, deal_id, 'updated' from import_moves on conflict do nothing`);
      // The deal entered its current stage at the last move into it.
      await query(`update deals d set stage_entered_at = x.at
        from (select h.deal_id, max(h.changed_at) as at from deal_stage_history h join deals dd on dd.id = h.deal_id and dd.stage_id = h.to_stage_id
              where h.deal_id in (select deal_id from import_moves) group by h.deal_id) x
        where d.id = x.deal_id and d.stage_entered_at is distinct from x.at`);
      return [{ code: "UNKNOWN_DEAL", column: "dealExternalId", rows: unknownDeals }];
    },
    async written(query) {
      const [row] = await query<{ created: number; updated: number }>(
        "select created, updated from import_history_written",
      );
      return row ?? { created: 0, updated: 0 };
    },
  };
}
