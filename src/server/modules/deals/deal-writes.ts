// The steps every write of a deal is made of, run inside one transaction that holds the deal's row
// lock: check rights and version, check references, apply field edits, pass the stage gate.
import type { DealPatch, StageMoveRequest } from "../../../contract/deals";
import type { Language } from "../../../contract/errors";
import { diffRecords, isCloseDatePush } from "../../../domain/record-diff";
import { inScope } from "../../../domain/scope";
import { checkStageGate, needsProbabilityReason } from "../../../domain/stage-gate";
import { AppError } from "../../errors";
import type { AuditRepository } from "../audit/audit.repository";
import type { AuthContext } from "../auth/auth.service";
import { assignablePerson } from "../directory/assignable-person";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { WebhookOutbox } from "../webhooks/webhook-outbox.repository";
import type { DealInsert, DealRepository, DealRow } from "./deals.repository";

export type DealRepositories = {
  deals: DealRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
  outbox: WebhookOutbox;
};

/** Fields whose changes are audited. */
export const auditedFields = [
  "name",
  "accountId",
  "ownerId",
  "teamId",
  "amount",
  "probability",
  "probabilityReason",
  "forecastCategory",
  "expectedCloseDate",
  "nextMeetingDate",
  "nextMeetingPurpose",
  "decisionMakerId",
  "minutesUrl",
  "channel",
  "bantBudget",
  "bantAuthority",
  "bantNeed",
  "bantTiming",
  "stageId",
  "status",
  "lostReason",
  "closedAt",
] as const satisfies readonly (keyof DealRow)[];

type Edits = Omit<DealPatch, "version" | "stageId">;

/** The pipeline a new deal goes into (the default when none is named) and its stage: the one named,
 *  which must be open, or the pipeline's first open stage. */
export async function firstStageOf(
  tx: DealRepositories,
  pipelineId: string | undefined,
  stageId?: string | undefined,
) {
  const pipelines = await tx.directory.listPipelines();
  const pipeline = pipelineId
    ? pipelines.find((p) => p.id === pipelineId)
    : (pipelines.find((p) => p.isDefault) ?? pipelines[0]);
  if (!pipeline) throw new AppError("INVALID_REFERENCE", { field: "pipelineId" });
  const stage = stageId
    ? pipeline.stages.find((s) => s.id === stageId)
    : pipeline.stages.find((s) => s.kind === "open");
  if (stage?.kind !== "open") throw new AppError("INVALID_REFERENCE", { field: "stageId" });
  return { pipeline, stage };
}

/** A new deal: its row, the first entry of its stage history and its audit entry. */
export async function insertDeal(
  tx: DealRepositories,
  values: DealInsert & { createdAt: Date },
  actorId: string,
) {
  const id = await tx.deals.insert(values);
  await tx.deals.insertStageChange({
    dealId: id,
    fromStageId: null,
    toStageId: values.stageId,
    ownerId: values.ownerId,
    teamId: values.teamId,
    changedBy: actorId,
    changedAt: values.createdAt,
  });
  await tx.audit.record({
    actorId,
    entity: "deal",
    entityId: id,
    action: "create",
    changes: diffRecords({} as Record<string, unknown>, values, auditedFields),
  });
  return id;
}

/** Locks the deal, checks the caller may change it and that they edited the latest version. */
export async function lockForWrite(
  caller: AuthContext,
  tx: DealRepositories,
  id: string,
  version: number,
  current: () => Promise<unknown>,
) {
  const row = await tx.deals.findForUpdate(id);
  if (!row || !inScope(caller.access.read, row)) throw new AppError("NOT_FOUND");
  if (!inScope(caller.access.write, row)) throw new AppError("FORBIDDEN");
  if (row.version !== version) throw new AppError("VERSION_CONFLICT", { current: await current() });
  return row;
}

/** Owner, account and decision maker must exist and be within what the caller may use. */
export async function checkReferences(
  caller: AuthContext,
  tx: DealRepositories,
  input: {
    ownerId?: string | undefined;
    accountId?: string | null | undefined;
    decisionMakerId?: string | null | undefined;
  },
  accountIdAfter: string | null,
) {
  let ownerTeamId: string | undefined;
  if (input.ownerId !== undefined) {
    ownerTeamId = (await assignablePerson(tx.directory, caller, input.ownerId, "ownerId")).teamId;
  }
  if (input.accountId) {
    const account = await tx.deals.findAccount(input.accountId);
    if (!account || !inScope(caller.access.read, account)) {
      throw new AppError("INVALID_REFERENCE", { field: "accountId" });
    }
  }
  if (input.decisionMakerId) {
    const contact = await tx.deals.findContact(input.decisionMakerId);
    if (!contact || contact.accountId !== accountIdAfter) {
      throw new AppError("INVALID_REFERENCE", { field: "decisionMakerId" });
    }
  }
  return ownerTeamId;
}

/** Field edits: references, the probability-reason rule, close-date pushes. Returns the new values. */
export async function editFields(caller: AuthContext, tx: DealRepositories, before: DealRow, edits: Edits) {
  const accountIdAfter = edits.accountId !== undefined ? edits.accountId : before.accountId;
  const accountChanged = edits.accountId !== undefined && edits.accountId !== before.accountId;
  const ownerTeamId = await checkReferences(
    caller,
    tx,
    {
      ownerId: edits.ownerId,
      accountId: edits.accountId,
      decisionMakerId: edits.decisionMakerId !== undefined ? edits.decisionMakerId : before.decisionMakerId,
    },
    accountIdAfter,
  );
  const after: Partial<DealRow> = {
    ...edits,
    ...(ownerTeamId ? { teamId: ownerTeamId } : {}),
    // A decision maker belongs to an account: changing the account clears them unless one is given.
    ...(accountChanged && !edits.decisionMakerId ? { decisionMakerId: null } : {}),
  };
  if (edits.probability !== undefined || edits.probabilityReason !== undefined) {
    const stage = await tx.directory.findStage(before.stageId);
    const probability = edits.probability ?? before.probability;
    const reason = edits.probabilityReason !== undefined ? edits.probabilityReason : before.probabilityReason;
    if (stage && needsProbabilityReason(probability, stage.probability, reason)) {
      throw new AppError("PROBABILITY_REASON_REQUIRED");
    }
    if (stage && probability === stage.probability) after.probabilityReason = null;
  }
  if (isCloseDatePush(before.expectedCloseDate, edits.expectedCloseDate)) {
    after.closeDatePushes = before.closeDatePushes + 1;
  }
  return after;
}

/** The stage move through the gate. Returns the new values and the stage-history row to keep. */
export async function passStageGate(
  caller: AuthContext,
  tx: DealRepositories,
  deal: DealRow,
  move: StageMoveRequest,
  lang: Language,
  now: Date,
) {
  const stages = (await tx.directory.stagesOf(deal.pipelineId)) ?? [];
  const from = stages.find((s) => s.id === deal.stageId);
  const to = stages.find((s) => s.id === move.stageId);
  if (!from || !to) throw new AppError("INVALID_REFERENCE", { field: "stageId" });
  // The pick list matters only for a move to lost.
  const org = to.kind === "lost" ? await tx.directory.orgSettings() : undefined;
  const lostReason = move.lostReason ?? null;
  // Evidence a deal already holds in a field of the same name (e.g. the minutes URL) counts as supplied.
  const evidence: Record<string, string> = {};
  for (const item of stages.flatMap((s) => s.requiredEvidence)) {
    const own = (deal as Record<string, unknown>)[item.key];
    const value = move.evidence[item.key] ?? (typeof own === "string" ? own : undefined);
    if (value) evidence[item.key] = value;
  }
  const gate = checkStageGate({
    stages,
    from,
    to,
    deal,
    conditions: move.conditions,
    evidence,
    lostReason,
    lostReasonKeys: org?.lostReasons.map((r) => r.key) ?? [],
  });
  // Closing needs its facts whoever moves the deal: the lost reason, and for won the amount and date.
  const overridable = gate.closingFacts.length === 0;
  const overriding = gate.missing.length > 0 && overridable && move.overrideReason !== undefined;
  if (gate.missing.length > 0 && !overriding) {
    throw new AppError("STAGE_GATE_UNMET", {
      missing: gate.missing.map((m) => ({
        kind: m.kind,
        key: m.key,
        label: lang === "en" ? m.labelEn : m.label,
        stageKey: m.stageKey,
      })),
      overridable,
    });
  }
  if (overriding && caller.role === "member") throw new AppError("FORBIDDEN", { reason: "override" });

  const values: Partial<DealRow> = {
    stageId: to.id,
    status: to.kind,
    probability: to.probability,
    probabilityReason: null,
    // A new stage brings its own category.
    forecastCategory: null,
    lostReason: to.kind === "lost" ? lostReason : null,
    closedAt: to.kind === "open" ? null : now,
    stageEnteredAt: now,
  };
  const history = {
    dealId: deal.id,
    fromStageId: from.id,
    toStageId: to.id,
    ownerId: deal.ownerId,
    teamId: deal.teamId,
    changedBy: caller.userId,
    changedAt: now,
    conditions: move.conditions,
    evidence: Object.fromEntries(Object.entries(move.evidence).filter(([, v]) => v !== "")),
    overrideReason: overriding ? (move.overrideReason ?? null) : null,
  };
  return { values, history, fromStageId: from.id };
}

/** Writes the new values with the next version, and the audit entry of what changed. */
export async function saveDeal(
  caller: AuthContext,
  tx: DealRepositories,
  before: DealRow,
  after: Partial<DealRow>,
  now: Date,
) {
  const changes = diffRecords(before, after, auditedFields);
  if (Object.keys(changes).length === 0) return false;
  await tx.deals.update(before.id, { ...after, updatedAt: now, version: before.version + 1 });
  await tx.audit.record({
    actorId: caller.userId,
    entity: "deal",
    entityId: before.id,
    action: "update",
    changes,
  });
  return true;
}
