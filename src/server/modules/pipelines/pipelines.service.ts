// Pipeline and stage settings (admin): create from a template, edit stages and their gates. Every
// change is audited field by field, the pipeline as a whole and each stage on its own.
import type { z } from "zod";
import type { Pipeline } from "../../../contract/directory";
import type { PipelineUpdate, pipelineCreate, stageInput } from "../../../contract/pipelines";
import { eightStepPipeline } from "../../../domain/eight-step-pipeline";
import { pipelineProblems } from "../../../domain/pipeline-rules";
import {
  defaultB2bPipeline,
  type PipelineTemplate,
  renewalPipeline,
} from "../../../domain/pipeline-templates";
import { diffRecords } from "../../../domain/record-diff";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { PipelineRepository, StageRow, StageValues } from "./pipelines.repository";

export type PipelineRepositories = {
  pipelines: PipelineRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
};
type StageInput = z.output<typeof stageInput>;

export const pipelineTemplates: PipelineTemplate[] = [defaultB2bPipeline, eightStepPipeline, renewalPipeline];

const stageFields = [
  "key",
  "name",
  "nameEn",
  "sortOrder",
  "probability",
  "kind",
  "entryConditions",
  "requiredEvidence",
  "requiredFields",
  "staleDays",
] as const;

function stageValues(input: StageInput, sortOrder: number): StageValues {
  const { id: _, ...values } = input;
  return { ...values, sortOrder };
}

/** Deep values (checklists) compare by their JSON in the audit diff. */
const comparable = (stage: Partial<StageValues>) =>
  Object.fromEntries(
    Object.entries(stage).map(([k, v]) => [k, typeof v === "object" && v !== null ? JSON.stringify(v) : v]),
  );

export function createPipelineService(deps: {
  inTransaction: <T>(work: (repos: PipelineRepositories) => Promise<T>) => Promise<T>;
  clock: Clock;
}) {
  const { inTransaction, clock } = deps;

  function checkStages(stages: StageInput[]) {
    const problems = pipelineProblems(stages);
    if (problems.length > 0) throw new AppError("PIPELINE_INVALID", { problems });
  }

  async function read(tx: PipelineRepositories, id: string): Promise<Pipeline> {
    const pipeline = (await tx.directory.listPipelines()).find((p) => p.id === id);
    if (!pipeline) throw new AppError("NOT_FOUND");
    return pipeline;
  }

  async function auditStage(
    tx: PipelineRepositories,
    caller: AuthContext,
    before: StageRow | undefined,
    after: StageValues,
    id: string,
  ) {
    const changes = diffRecords(comparable(before ?? {}), comparable(after), stageFields);
    await tx.audit.record({
      actorId: caller.userId,
      entity: "stage",
      entityId: id,
      action: before ? "update" : "create",
      changes,
    });
  }

  return {
    templates: () => pipelineTemplates,

    async create(caller: AuthContext, input: z.output<typeof pipelineCreate>): Promise<Pipeline> {
      const template = pipelineTemplates.find((t) => t.key === input.templateKey);
      if (input.templateKey && !template) throw new AppError("INVALID_REFERENCE", { field: "templateKey" });
      const stages = input.stages ?? (template?.stages as StageInput[] | undefined);
      if (!stages) throw new AppError("PIPELINE_INVALID", { problems: [{ problem: "no_open_stage" }] });
      checkStages(stages);
      return inTransaction(async (tx) => {
        const now = clock.now();
        const existing = await tx.directory.listPipelines();
        const pipeline = await tx.pipelines.insertPipeline({
          name: input.name,
          nameEn: input.nameEn ?? template?.nameEn ?? null,
          isDefault: existing.length === 0,
          sortOrder: existing.length,
          createdAt: now,
          updatedAt: now,
        });
        const rows = await tx.pipelines.insertStages(pipeline.id, stages.map(stageValues));
        await tx.audit.record({
          actorId: caller.userId,
          entity: "pipeline",
          entityId: pipeline.id,
          action: "create",
          changes: diffRecords<Record<string, unknown>>(
            {},
            { name: pipeline.name, nameEn: pipeline.nameEn, templateKey: input.templateKey ?? null },
            ["name", "nameEn", "templateKey"],
          ),
        });
        for (const row of rows) await auditStage(tx, caller, undefined, row, row.id);
        return read(tx, pipeline.id);
      });
    },

    async update(caller: AuthContext, id: string, input: PipelineUpdate): Promise<Pipeline> {
      if (input.stages) checkStages(input.stages);
      return inTransaction(async (tx) => {
        const before = await tx.pipelines.findForUpdate(id);
        if (!before) throw new AppError("NOT_FOUND");
        if (before.version !== input.version)
          throw new AppError("VERSION_CONFLICT", { current: await read(tx, id) });
        const now = clock.now();
        const fields = { name: input.name, nameEn: input.nameEn, isDefault: input.isDefault };
        const changes = diffRecords(before, fields, ["name", "nameEn", "isDefault"]);
        await tx.pipelines.updatePipeline(id, {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.nameEn !== undefined ? { nameEn: input.nameEn } : {}),
          ...(input.isDefault ? { isDefault: true } : {}),
          updatedAt: now,
          version: before.version + 1,
        });
        if (input.isDefault) await tx.pipelines.clearDefaultExcept(id);
        await tx.audit.record({
          actorId: caller.userId,
          entity: "pipeline",
          entityId: id,
          action: "update",
          changes,
        });
        if (input.stages) await replaceStages(tx, caller, id, input.stages);
        return read(tx, id);
      });
    },
  };

  /** The new ordered list: existing stages by id are updated, new ones inserted, left-out ones removed. */
  async function replaceStages(
    tx: PipelineRepositories,
    caller: AuthContext,
    pipelineId: string,
    inputs: StageInput[],
  ) {
    const current = await tx.pipelines.stagesOf(pipelineId);
    const unknown = inputs.filter((s) => s.id && !current.some((c) => c.id === s.id));
    if (unknown.length > 0) throw new AppError("INVALID_REFERENCE", { field: "stages.id" });
    const removed = current.filter((c) => !inputs.some((s) => s.id === c.id));
    if ((await tx.pipelines.countDeals(removed.map((s) => s.id))) > 0) {
      throw new AppError("STAGE_IN_USE", { stageKeys: removed.map((s) => s.key) });
    }
    await tx.pipelines.deleteStages(removed.map((s) => s.id));
    for (const stage of removed) {
      await tx.audit.record({
        actorId: caller.userId,
        entity: "stage",
        entityId: stage.id,
        action: "delete",
        changes: {},
      });
    }
    // Keys are unique per pipeline: park the kept stages' keys first so that keys may move between stages.
    const kept = inputs.filter((s) => s.id);
    for (const stage of kept)
      await tx.pipelines.updateStage(stage.id as string, { key: `__moving_${stage.id}` });
    for (const [index, input] of inputs.entries()) {
      const values = stageValues(input, index + 1);
      if (input.id) {
        await tx.pipelines.updateStage(input.id, values);
        await auditStage(
          tx,
          caller,
          current.find((c) => c.id === input.id),
          values,
          input.id,
        );
      } else {
        const [row] = await tx.pipelines.insertStages(pipelineId, [values]);
        if (row) await auditStage(tx, caller, undefined, values, row.id);
      }
    }
  }
}
