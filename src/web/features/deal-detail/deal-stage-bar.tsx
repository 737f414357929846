import { Button, Group, Paper, Stepper, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCircleCheck, IconCircleX } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Deal, DealDetail } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { dealKeys } from "../../api/deals";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { useLostReasons } from "../deals/lost-reasons";
import { type GateRequest, StageGateDialog, serverMissingOf } from "../stage-gate/stage-gate-dialog";
import { useGateCheck } from "../stage-gate/use-gate-check";
import { useMoveStage } from "./use-deal";

/**
 * Where the deal is in its pipeline; a click on a stage (or won / lost) moves it there. A move that the
 * stage gate asks something for opens the checklist first; the others go straight through.
 */
export function DealStageBar({ deal, stages }: { deal: DealDetail; stages: Stage[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const queryClient = useQueryClient();
  const move = useMoveStage(deal.id);
  const checkGate = useGateCheck();
  const [gate, setGate] = useState<GateRequest | null>(null);
  const lostReasons = useLostReasons();

  const open = stages.filter((s) => s.kind === "open");
  const won = stages.find((s) => s.kind === "won");
  const lost = stages.find((s) => s.kind === "lost");
  const currentIndex = open.findIndex((s) => s.id === deal.stageId);
  const active = deal.status === "won" ? open.length : currentIndex;

  const moveTo = (to: Stage) => {
    if (to.id === deal.stageId || move.isPending) return;
    void checkGate(deal, stages, to).then((decision) => {
      if (decision.kind === "checklist") {
        setGate({ deal, stages, to });
        return;
      }
      move.mutate(
        { stageId: to.id, version: deal.version },
        {
          // The server knew of something missing after all: ask for it in the checklist.
          onError: (error) => {
            const refused = serverMissingOf(error);
            if (refused) setGate({ deal, stages, to, refused });
          },
        },
      );
    });
  };

  const onGateMoved = (moved: Deal, to: Stage) => {
    setGate(null);
    queryClient.setQueryData<DealDetail>(dealKeys.detail(deal.id), (old) =>
      old ? { ...old, ...moved } : old,
    );
    notifications.show({
      color: "teal",
      message: t("board.moved", { name: moved.name, stage: localized(to.name, to.nameEn) }),
      autoClose: 2500,
    });
  };

  return (
    <Paper withBorder p="md" data-testid="deal-stage-bar">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stepper
          active={active}
          onStepClick={(i) => {
            const stage = open[i];
            if (stage) moveTo(stage);
          }}
          allowNextStepsSelect
          size="xs"
          iconSize={26}
          color={deal.status === "lost" ? "gray" : deal.status === "won" ? "teal" : undefined}
          style={{ flex: 1 }}
          data-testid="deal-stage-stepper"
          aria-label={t("fields.stage")}
        >
          {open.map((stage, i) => (
            <Stepper.Step
              key={stage.id}
              label={localized(stage.name, stage.nameEn)}
              description={f.percent(stage.probability)}
              disabled={move.isPending}
              data-testid={`stage-step-${stage.key}`}
              data-current={i === currentIndex || undefined}
              aria-current={i === currentIndex ? "step" : undefined}
            />
          ))}
        </Stepper>
        <Group gap="xs" wrap="nowrap">
          {won && (
            <Button
              color="teal"
              variant={deal.status === "won" ? "filled" : "light"}
              leftSection={<IconCircleCheck size={16} />}
              onClick={() => moveTo(won)}
              disabled={deal.status === "won"}
              loading={move.isPending && move.variables?.stageId === won.id}
              data-testid="deal-mark-won"
            >
              {localized(won.name, won.nameEn)}
            </Button>
          )}
          {lost && (
            <Button
              color="gray"
              variant={deal.status === "lost" ? "filled" : "default"}
              leftSection={<IconCircleX size={16} />}
              onClick={() => moveTo(lost)}
              disabled={deal.status === "lost"}
              loading={move.isPending && move.variables?.stageId === lost.id}
              data-testid="deal-mark-lost"
            >
              {localized(lost.name, lost.nameEn)}
            </Button>
          )}
        </Group>
      </Group>
      {deal.status !== "open" && (
        <Text size="xs" c="dimmed" mt="sm">
          {deal.status === "lost" && deal.lostReason
            ? t("deal.lostWith", { reason: lostReasons.label(deal.lostReason) })
            : t("deal.reopenHint")}
        </Text>
      )}
      <StageGateDialog request={gate} onCancel={() => setGate(null)} onMoved={onGateMoved} />
    </Paper>
  );
}
