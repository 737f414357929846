import { Alert, Badge, Button, Group, List, Modal, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconArrowRight, IconCircleCheck, IconShieldX } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type Dispatch, type SetStateAction, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { isApiError } from "../../api/client";
import { dataQualityKeys } from "../../api/data-quality";
import { dealKeys, moveDealStage } from "../../api/deals";
import { directoryKeys } from "../../api/directory";
import { useLocalizedName } from "../../i18n/use-lang";
import { useMe } from "../auth/use-me";
import { useLostReasons } from "../deals/lost-reasons";
import { sortedStages, usePipelines } from "../directory/use-directory";
import {
  emptyGateValues,
  evaluateGate,
  evidenceFromDeal,
  fieldProblems,
  type GateContext,
  type GateValues,
  gateSections,
  itemId,
  toStageMove,
} from "./gate-model";
import { GateSectionCard } from "./gate-section-card";
import { GateTasksButton } from "./gate-tasks-button";
import { OverrideSection } from "./override-section";

/** A refusal the server sent: STAGE_GATE_UNMET's details. */
export type ServerMissing = {
  missing: { kind: "condition" | "evidence" | "field"; key: string; label: string; stageKey: string }[];
  overridable: boolean;
};

export function serverMissingOf(error: unknown): ServerMissing | null {
  if (!isApiError(error, "STAGE_GATE_UNMET")) return null;
  const details = error.details as Partial<ServerMissing> | undefined;
  return { missing: details?.missing ?? [], overridable: details?.overridable ?? false };
}

export type GateRequest = {
  deal: Deal;
  stages: Stage[];
  to: Stage;
  /** When the server already refused a direct move: what it said was missing. */
  refused?: ServerMissing | null;
};

/**
 * The stage-gate checklist (SPEC C2, seed 000): before a deal enters a stage, tick its entry conditions,
 * supply its evidence and fill its required fields — for every stage skipped on the way too. Managers
 * may force the move with a written reason, which the timeline shows to everyone.
 */
export function StageGateDialog({
  request,
  onCancel,
  onMoved,
}: {
  request: GateRequest | null;
  onCancel: () => void;
  onMoved: (deal: Deal, to: Stage) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const opened = request !== null;
  // The last request stays on screen while the dialog fades out; each opening starts a fresh form.
  const [shown, setShown] = useState<{ request: GateRequest; opening: number } | null>(null);
  useEffect(() => {
    if (request) setShown((last) => ({ request, opening: (last?.opening ?? 0) + 1 }));
  }, [request]);
  const current = request ?? shown?.request ?? null;
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      size="xl"
      centered
      title={
        current ? (
          <Text fw={700} size="lg" component="span">
            {t(current.to.kind === "lost" ? "gate.titleLost" : "gate.title", {
              stage: localized(current.to.name, current.to.nameEn),
            })}
          </Text>
        ) : null
      }
      closeOnClickOutside={false}
      data-testid="stage-gate-dialog"
    >
      {shown && current === shown.request && (
        <GateForm key={shown.opening} request={current} onCancel={onCancel} onMoved={onMoved} />
      )}
    </Modal>
  );
}

function GateForm({
  request,
  onCancel,
  onMoved,
}: {
  request: GateRequest;
  onCancel: () => void;
  onMoved: (deal: Deal, to: Stage) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const queryClient = useQueryClient();
  const me = useMe();
  const lostReasons = useLostReasons();
  const isManager = me.role === "manager" || me.role === "admin";

  // The deal as last seen: a version conflict brings the current one.
  const [deal, setDeal] = useState(request.deal);
  // The gate definitions as last loaded: a refusal reloads them (an admin may have just changed them).
  const pipelines = usePipelines();
  const ctx: GateContext = useMemo(() => {
    const pipeline = pipelines.data?.find((p) => p.stages.some((x) => x.id === request.to.id));
    const stages = pipeline ? sortedStages(pipeline) : request.stages;
    const to = stages.find((x) => x.id === request.to.id) ?? request.to;
    return { deal, stages, to, lostReasonKeys: lostReasons.reasons.map((r) => r.key) };
  }, [deal, pipelines.data, request.stages, request.to, lostReasons.reasons]);
  const sections = useMemo(() => gateSections(ctx), [ctx]);
  const [values, setValues] = useState<GateValues>(() => ({
    ...emptyGateValues,
    evidence: evidenceFromDeal(request.deal, request.stages),
  }));
  const [attempted, setAttempted] = useState(Boolean(request.refused));
  const [refused, setRefused] = useState<ServerMissing | null>(request.refused ?? null);
  const [error, setError] = useState<string | null>(null);
  // Once the user changes something, the server's last answer no longer describes the form.
  const update: Dispatch<SetStateAction<GateValues>> = (next) => {
    setValues(next);
    setRefused(null);
  };

  const check = evaluateGate(ctx, values);
  const missing = check?.missing ?? [];
  const initial = useMemo(() => evaluateGate(ctx), [ctx]);
  // Override is offered only when something besides the closing facts is missing (the domain's rule).
  const overridable = (initial?.missing.length ?? 0) > (initial?.closingFacts.length ?? 0);
  const blockers = values.override ? (check?.closingFacts ?? []) : missing;
  const problems = fieldProblems(values);

  // Which items to mark: after a failed confirm, what is still missing here and what the server named.
  const marked = new Set<string>();
  if (attempted) for (const m of blockers) marked.add(itemId(m.kind, m.key));
  for (const m of refused?.missing ?? []) marked.add(itemId(m.kind, m.key));
  // A field that is also evidence (the minutes URL) is asked for by the evidence input.
  for (const id of [...marked]) if (id.startsWith("field:")) marked.add(`evidence:${id.slice(6)}`);

  const move = useMutation({
    mutationFn: () => moveDealStage(deal.id, toStageMove(ctx, deal.version, values)),
    meta: { handlesErrors: true },
    onSuccess: (moved) => {
      void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
      void queryClient.invalidateQueries({ queryKey: dealKeys.all });
      void queryClient.invalidateQueries({ queryKey: dataQualityKeys.all });
      onMoved(moved, ctx.to);
    },
    onError: (e) => {
      const server = serverMissingOf(e);
      if (server) {
        setRefused(server);
        setError(null);
        void queryClient.invalidateQueries({ queryKey: directoryKeys.pipelines });
        return;
      }
      setRefused(null);
      if (isApiError(e, "VERSION_CONFLICT")) {
        const current = (e.details as { current?: Deal } | undefined)?.current;
        if (current) setDeal(current);
        void queryClient.invalidateQueries({ queryKey: dealKeys.detail(deal.id) });
      }
      setError(e.message);
    },
  });

  const submit = () => {
    setAttempted(true);
    setError(null);
    if (values.override && values.overrideReason.trim() === "") return;
    if (blockers.length > 0 || Object.keys(problems).length > 0) return;
    move.mutate();
  };

  const fromStage = ctx.stages.find((s) => s.id === deal.stageId);
  // The server's word counts when it knows of more than the page does.
  const remaining = Math.max(missing.length, refused?.missing.length ?? 0);
  const confirmLabel = values.override
    ? t("gate.confirmOverride")
    : ctx.to.kind === "lost"
      ? t("gate.confirmLost")
      : t("gate.confirm");

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
      data-testid="stage-gate-form"
    >
      <Stack gap="md">
        <Group gap={8} wrap="wrap">
          <Text size="sm" fw={600} data-testid="gate-deal-name">
            {deal.name}
          </Text>
          <Badge variant="light" color="gray" tt="none">
            {fromStage ? localized(fromStage.name, fromStage.nameEn) : "—"}
          </Badge>
          <IconArrowRight size={14} />
          <Badge variant="light" tt="none" color={ctx.to.kind === "lost" ? "gray" : "brand"}>
            {localized(ctx.to.name, ctx.to.nameEn)}
          </Badge>
        </Group>
        {sections.some((s) => s.skipped) && (
          <Text size="xs" c="dimmed">
            {t("gate.skipNote")}
          </Text>
        )}

        {sections.map((section) => (
          <GateSectionCard
            key={section.stage.id}
            section={section}
            deal={deal}
            values={values}
            onChange={update}
            marked={marked}
            problems={problems}
            lostReasons={lostReasons.reasons}
          />
        ))}

        {refused && (
          <Alert
            color="red"
            icon={<IconShieldX size={18} />}
            title={t("gate.refusedTitle")}
            data-testid="gate-server-missing"
          >
            <List size="sm" spacing={2}>
              {refused.missing.map((m) => (
                <List.Item key={itemId(m.kind, m.key)}>
                  {m.label}
                  <Text span size="xs" c="dimmed">
                    {" "}
                    ({t(`gate.kind.${m.kind}`)})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="gate-error">
            {error}
          </Alert>
        )}

        {isManager && overridable && (
          <OverrideSection
            values={values}
            onChange={update}
            error={attempted && values.override && values.overrideReason.trim() === ""}
            closingMissing={values.override && blockers.length > 0}
          />
        )}

        <Group justify="space-between" wrap="wrap" gap="sm">
          {remaining === 0 ? (
            <Group gap={6}>
              <ThemeIcon size="sm" radius="xl" color="teal" variant="light">
                <IconCircleCheck size={14} />
              </ThemeIcon>
              <Text size="sm" c="teal.8" fw={600} data-testid="gate-remaining">
                {t("gate.complete")}
              </Text>
            </Group>
          ) : (
            <Text
              size="sm"
              c={attempted && !values.override ? "red.7" : "dimmed"}
              fw={600}
              data-testid="gate-remaining"
            >
              {attempted && !values.override
                ? t("gate.incomplete", { count: remaining })
                : t("gate.remaining", { count: remaining })}
            </Text>
          )}
          <Group gap="sm">
            {remaining > 0 && ctx.to.kind !== "lost" && !values.override && (
              <GateTasksButton dealId={deal.id} stageId={ctx.to.id} />
            )}
            <Button variant="default" onClick={onCancel} data-testid="gate-cancel">
              {t("common.cancel")}
            </Button>
            <Button
              type="submit"
              color={values.override ? "red" : ctx.to.kind === "lost" ? "gray" : undefined}
              loading={move.isPending}
              data-testid="gate-confirm"
            >
              {confirmLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
