import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { allocate, defaultSkillWeights } from "../../../domain/allocation";
import { isApiError } from "../../api/client";
import type { KpiDefinition } from "../../api/kpis";
import type { Target } from "../../api/targets";
import { useLocalizedName } from "../../i18n/use-lang";
import { useUsers } from "../directory/use-directory";
import { useKpiText } from "../kpis/kpi-format";
import {
  emptyRevision,
  type RevisionDraft,
  RevisionReasonFields,
  revisionComplete,
} from "./revision-reason-fields";
import { useAllocateTarget, useTargets } from "./use-targets";

type Method = "skill" | "manual";

/**
 * Splits a team target among its members (SPEC C3): by skill level (a junior carries 60% of a
 * senior's number, mid-level 80%) or by hand, always adding up to the team's number exactly.
 */
export function AllocateModal({
  opened,
  onClose,
  def,
  teamId,
  period,
  target,
  started,
}: {
  opened: boolean;
  onClose: () => void;
  def: KpiDefinition;
  teamId: string;
  period: string;
  target: Target;
  started: boolean;
}) {
  const { t } = useTranslation();
  const text = useKpiText();
  const localized = useLocalizedName();
  const users = useUsers(teamId);
  const current = useTargets({ scope: `team:${teamId}`, period, kpiKey: def.key, below: true });
  const mutation = useAllocateTarget();
  const total = Math.round(target.value);
  const members = useMemo(
    () => (users.data ?? []).filter((u) => u.active && u.role !== "admin"),
    [users.data],
  );
  const existing = useMemo(
    () =>
      new Map(
        (current.data ?? []).filter((x) => x.scope.startsWith("user:")).map((x) => [x.scope.slice(5), x]),
      ),
    [current.data],
  );
  const bySkill = useMemo(
    () =>
      allocate(
        total,
        members.map((m) => (m.skillLevel ? defaultSkillWeights[m.skillLevel] : 1)),
      ),
    [total, members],
  );
  const [method, setMethod] = useState<Method>("skill");
  const [manual, setManual] = useState<Record<string, number>>({});
  const [askedReason, setAskedReason] = useState(false);
  const [revision, setRevision] = useState<RevisionDraft>(emptyRevision);
  const [submitted, setSubmitted] = useState(false);

  // Once the period runs, changing the members' existing targets needs a reason.
  const needsReason = askedReason || (started && existing.size > 0);
  // By hand starts from the members' current targets when they already add up, else from the skill split.
  const existingSum = members.reduce((n, m) => n + Math.round(existing.get(m.id)?.value ?? 0), 0);
  const startFromExisting = existing.size > 0 && existingSum === total;
  const manualValue = (id: string, i: number) =>
    manual[id] ?? (startFromExisting ? Math.round(existing.get(id)?.value ?? 0) : (bySkill[i] ?? 0));
  const parts = members.map((m, i) => (method === "skill" ? (bySkill[i] ?? 0) : manualValue(m.id, i)));
  const sum = parts.reduce((a, b) => a + b, 0);
  const difference = sum - total;

  const submit = () => {
    setSubmitted(true);
    if (method === "manual" && difference !== 0) return;
    if (needsReason && !revisionComplete(revision)) return;
    mutation.mutate(
      {
        kpiKey: def.key,
        period,
        teamId,
        method,
        values:
          method === "manual" ? Object.fromEntries(members.map((m, i) => [m.id, parts[i] ?? 0])) : undefined,
        revision: needsReason && revisionComplete(revision) ? revision : undefined,
      },
      {
        onSuccess: (result) => {
          notifications.show({
            color: "teal",
            message: t("allocation.saved", { count: result.parts.length }),
          });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, "REVISION_REASON_REQUIRED")) setAskedReason(true);
        },
      },
    );
  };

  const apiError =
    mutation.error && !isApiError(mutation.error, "REVISION_REASON_REQUIRED") ? mutation.error.message : null;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("allocation.title", { kpi: text.name(def.key, def) })}
      size="xl"
      centered
    >
      <Stack gap="md" data-testid="allocate-form">
        <Group justify="space-between" wrap="wrap">
          <SegmentedControl
            data={[
              { value: "skill", label: t("allocation.skill") },
              { value: "manual", label: t("allocation.manual") },
            ]}
            value={method}
            onChange={(v) => setMethod(v as Method)}
            data-testid="allocate-method"
          />
          <Text size="sm">
            {t("allocation.teamTarget")}: <b>{text.value(total, def)}</b>
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {method === "skill" ? t("allocation.skillHint") : t("allocation.manualHint")}
        </Text>
        <Table.ScrollContainer minWidth={560} mah={360}>
          <Table verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("plan.person")}</Table.Th>
                <Table.Th>{t("plan.skillLevel")}</Table.Th>
                <Table.Th ta="right">{t("allocation.current")}</Table.Th>
                <Table.Th ta="right">{t("allocation.part")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m, i) => (
                <Table.Tr key={m.id} data-testid="allocate-row">
                  <Table.Td>{localized(m.name, m.nameEn)}</Table.Td>
                  <Table.Td>
                    {m.skillLevel ? (
                      <Badge size="sm" variant="light">
                        {t(`skill.${m.skillLevel}`)}
                      </Badge>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" c="dimmed">
                      {text.value(existing.get(m.id)?.value ?? null, def)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" w={200}>
                    {method === "skill" ? (
                      <Text size="sm" fw={600}>
                        {text.value(parts[i] ?? 0, def)}
                      </Text>
                    ) : (
                      <NumberInput
                        size="xs"
                        value={parts[i] ?? 0}
                        onChange={(v) =>
                          setManual((old) => ({ ...old, [m.id]: v === "" ? 0 : Math.round(Number(v)) }))
                        }
                        allowDecimal={false}
                        allowNegative={false}
                        thousandSeparator=","
                        hideControls
                        aria-label={localized(m.name, m.nameEn)}
                        data-testid="allocate-part"
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end" gap="md" data-testid="allocate-sum">
          <Text size="sm">
            {t("allocation.sum")}: <b>{text.value(sum, def)}</b> / {text.value(total, def)}
          </Text>
          <Badge
            color={difference === 0 ? "teal" : "red"}
            variant="light"
            size="lg"
            data-testid="allocate-difference"
          >
            {difference === 0
              ? t("allocation.matches")
              : t("allocation.difference", {
                  value: `${difference > 0 ? "+" : "−"}${text.value(Math.abs(difference), def)}`,
                })}
          </Badge>
        </Group>
        {needsReason && (
          <RevisionReasonFields draft={revision} onChange={setRevision} showErrors={submitted} />
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
          <Button
            onClick={submit}
            loading={mutation.isPending}
            disabled={members.length === 0 || (method === "manual" && difference !== 0)}
            data-testid="allocate-save"
          >
            {t("allocation.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
