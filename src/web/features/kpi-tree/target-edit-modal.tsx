import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconBulb } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client";
import type { KpiDefinition } from "../../api/kpis";
import { fetchSuggestion, type Target, targetKeys } from "../../api/targets";
import { useKpiText } from "../kpis/kpi-format";
import { KpiValueInput } from "../kpis/kpi-value-input";
import {
  emptyRevision,
  type RevisionDraft,
  RevisionReasonFields,
  revisionComplete,
} from "./revision-reason-fields";
import { useSaveTarget } from "./use-targets";

type Levels = { value: number | null; stretch: number | null; minimum: number | null };

/** Stretch, achievement and minimum in the KPI's direction: for "lower is better" the order flips. */
function levelsInOrder(levels: Levels, direction: "higher" | "lower"): boolean {
  const { value, stretch, minimum } = levels;
  if (value === null) return true;
  const ok = (a: number | null, b: number | null) =>
    a === null || b === null || (direction === "higher" ? a >= b : a <= b);
  return ok(stretch, value) && ok(value, minimum);
}

/**
 * Sets a target with its three levels (seed 002: stretch 110-120%, achievement 100-105%, minimum 90%),
 * offers the levels suggested by the scope's own history, and asks for a reason once the period runs.
 */
export function TargetEditModal({
  opened,
  onClose,
  def,
  scope,
  period,
  target,
  started,
}: {
  opened: boolean;
  onClose: () => void;
  def: KpiDefinition;
  scope: string;
  period: string;
  target: Target | undefined;
  started: boolean;
}) {
  const { t } = useTranslation();
  const text = useKpiText();
  const queryClient = useQueryClient();
  const save = useSaveTarget();
  const [levels, setLevels] = useState<Levels>({
    value: target?.value ?? null,
    stretch: target?.stretch ?? null,
    minimum: target?.minimum ?? null,
  });
  const [version, setVersion] = useState(target?.version);
  const [needsReason, setNeedsReason] = useState(started && target !== undefined);
  const [revision, setRevision] = useState<RevisionDraft>(emptyRevision);
  const [submitted, setSubmitted] = useState(false);
  const [suggestionNote, setSuggestionNote] = useState<string | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const [conflict, setConflict] = useState(false);
  const inOrder = levelsInOrder(levels, def.direction);

  const suggest = async () => {
    setSuggesting(true);
    try {
      const params = { kpiKey: def.key, scope, period, lookbackMonths: 6 };
      const s = await queryClient.fetchQuery({
        queryKey: targetKeys.suggestion(params),
        queryFn: ({ signal }) => fetchSuggestion(params, signal),
      });
      if (s.value === null) {
        setSuggestionNote(t("targets.noSuggestion"));
      } else {
        setLevels({ value: s.value, stretch: s.stretch, minimum: s.minimum });
        setSuggestionNote(t("targets.suggestionBasis", { basis: text.value(s.basis, def), count: s.months }));
      }
    } catch (error) {
      setSuggestionNote(error instanceof Error ? error.message : t("errors.unexpected"));
    } finally {
      setSuggesting(false);
    }
  };

  const submit = () => {
    setSubmitted(true);
    if (levels.value === null || !inOrder) return;
    if (needsReason && !revisionComplete(revision)) return;
    save.mutate(
      {
        kpiKey: def.key,
        period,
        scope,
        value: levels.value,
        stretch: levels.stretch,
        minimum: levels.minimum,
        version,
        revision: needsReason && revisionComplete(revision) ? revision : undefined,
      },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("targets.saved") });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, "REVISION_REASON_REQUIRED")) setNeedsReason(true);
          if (isApiError(error, "VERSION_CONFLICT")) setConflict(true);
        },
      },
    );
  };

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: targetKeys.all });
    const lists = queryClient.getQueriesData<Target[]>({ queryKey: targetKeys.all });
    const fresh = lists.flatMap(([, list]) => list ?? []).find((x) => x.id === target?.id);
    if (fresh) {
      setLevels({ value: fresh.value, stretch: fresh.stretch, minimum: fresh.minimum });
      setVersion(fresh.version);
    }
    setConflict(false);
    save.reset();
  };

  const apiError =
    save.error &&
    !isApiError(save.error, "REVISION_REASON_REQUIRED") &&
    !isApiError(save.error, "VERSION_CONFLICT")
      ? save.error.message
      : null;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(target ? "targets.editTitle" : "targets.newTitle", { kpi: text.name(def.key, def) })}
      size="lg"
      centered
    >
      <Stack gap="md" data-testid="target-edit-form">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {text.description(def)}
          </Text>
          <Button
            variant="light"
            leftSection={<IconBulb size={16} />}
            onClick={() => void suggest()}
            loading={suggesting}
            style={{ flexShrink: 0 }}
            data-testid="target-suggest"
          >
            {t("targets.useSuggested")}
          </Button>
        </Group>
        {suggestionNote && (
          <Text size="xs" c="dimmed" data-testid="target-suggestion-note">
            {suggestionNote}
          </Text>
        )}
        <SimpleGrid cols={3} spacing="sm">
          <KpiValueInput
            unit={def.unit}
            label={t("targets.stretch")}
            description={t("targets.stretchHint")}
            value={levels.stretch}
            onChange={(stretch) => setLevels((l) => ({ ...l, stretch }))}
            data-testid="target-stretch"
          />
          <KpiValueInput
            unit={def.unit}
            label={t("targets.value")}
            description={t("targets.valueHint")}
            value={levels.value}
            onChange={(value) => setLevels((l) => ({ ...l, value }))}
            error={submitted && levels.value === null ? t("validation.required") : null}
            required
            data-testid="target-value"
          />
          <KpiValueInput
            unit={def.unit}
            label={t("targets.minimum")}
            description={t("targets.minimumHint")}
            value={levels.minimum}
            onChange={(minimum) => setLevels((l) => ({ ...l, minimum }))}
            data-testid="target-minimum"
          />
        </SimpleGrid>
        {!inOrder && (
          <Text size="sm" c="red.7" data-testid="target-order-error">
            {t(def.direction === "higher" ? "targets.orderHigher" : "targets.orderLower")}
          </Text>
        )}
        {needsReason && (
          <RevisionReasonFields draft={revision} onChange={setRevision} showErrors={submitted} />
        )}
        {conflict && (
          <Alert color="orange" variant="light" data-testid="target-conflict">
            <Group justify="space-between" wrap="nowrap">
              <span>{t("targets.conflict")}</span>
              <Button size="compact-sm" variant="white" color="orange" onClick={() => void reload()}>
                {t("deal.conflictReload")}
              </Button>
            </Group>
          </Alert>
        )}
        {apiError && (
          <Alert color="red" variant="light">
            {apiError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={save.isPending} data-testid="target-save">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
