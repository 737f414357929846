import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { Box, Button, Center, Group, Loader, Paper, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Board, BoardCard, BoardQuery, Deal } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { dealKeys, fetchDeal } from "../../api/deals";
import { showError } from "../../api/query-client";
import { PageHeader } from "../../components/page-header";
import { QueryError } from "../../components/query-error";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import { useSearchState } from "../../routing/use-search-state";
import { NewDealModal } from "../deal-create/new-deal-modal";
import { defaultPipeline, sortedStages, usePipelines } from "../directory/use-directory";
import { type GateRequest, StageGateDialog } from "../stage-gate/stage-gate-dialog";
import { useGateCheck } from "../stage-gate/use-gate-check";
import classes from "./board.module.css";
import { BoardColumn } from "./board-column";
import { BoardFilters } from "./board-filters";
import { columnCoordinates } from "./column-keyboard";
import { DealCardOverlay } from "./deal-card";
import { applyMove, useBoard } from "./use-board";
import { useMoveDeal } from "./use-move-deal";
import { arrangeColumn, usePinnedCards } from "./use-pinned-cards";

const searchKeys = ["pipelineId", "teamId", "ownerId", "q"] as const;

// The column under the pointer wins; keyboard drags have no pointer, so fall back to overlap.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

export function BoardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const [search, setSearch] = useSearchState(searchKeys);
  const pipelines = usePipelines();
  const pipeline = pipelines.data?.find((p) => p.id === search.pipelineId) ?? defaultPipeline(pipelines.data);
  const stages = useMemo(() => sortedStages(pipeline), [pipeline]);

  const query: BoardQuery | null = pipeline
    ? { pipelineId: pipeline.id, teamId: search.teamId, ownerId: search.ownerId, q: search.q || undefined }
    : null;
  const board = useBoard(query);
  const { pinned, pin } = usePinnedCards();
  const queryClient = useQueryClient();
  const checkGate = useGateCheck();
  // The move waiting for its checklist; the card stays in its column until the move is confirmed.
  const [gate, setGate] = useState<GateRequest | null>(null);
  const move = useMoveDeal(query, {
    onMoved: pin,
    onRefused: ({ card, to }, refused) => {
      queryClient
        .fetchQuery({ queryKey: dealKeys.detail(card.id), queryFn: () => fetchDeal(card.id), staleTime: 0 })
        .then((deal) => setGate({ deal, stages, to, refused }))
        .catch(showError);
    },
  });

  const [newDealOpen, setNewDealOpen] = useState(false);
  const [active, setActive] = useState<BoardCard | null>(null);

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so that a click still opens the deal.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: columnCoordinates,
      keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space"] },
    }),
  );

  const columnsById = useMemo(
    () => new Map((board.data?.columns ?? []).map((c) => [c.stageId, c])),
    [board.data],
  );
  const openTotals = useMemo(() => {
    const open = stages.filter((s) => s.kind === "open").map((s) => columnsById.get(s.id));
    return {
      count: open.reduce((n, c) => n + (c?.count ?? 0), 0),
      amount: open.reduce((n, c) => n + (c?.amount ?? 0), 0),
    };
  }, [stages, columnsById]);

  const onDragStart = (event: DragStartEvent) => {
    setActive((event.active.data.current?.card as BoardCard | undefined) ?? null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    const card = event.active.data.current?.card as BoardCard | undefined;
    const to = event.over?.data.current?.stage as Stage | undefined;
    if (!card || !to || to.id === card.stageId) return;
    checkGate(card, stages, to)
      .then((decision) => {
        if (decision.kind === "direct") move.mutate({ card: { ...card, version: decision.version }, to });
        else setGate({ deal: decision.deal, stages, to });
      })
      .catch(showError);
  };

  // A move confirmed in the checklist: show the card in its new column at once, on top.
  const onGateMoved = (deal: Deal, to: Stage) => {
    setGate(null);
    const card = board.data?.columns.flatMap((c) => c.deals).find((d) => d.id === deal.id);
    if (query && card) {
      queryClient.setQueryData<Board>(dealKeys.board(query), (old) => (old ? applyMove(old, card, to) : old));
    }
    pin(deal);
    notifications.show({
      color: "teal",
      message: t("board.moved", { name: deal.name, stage: localized(to.name, to.nameEn) }),
      autoClose: 2500,
    });
  };

  const pipelineId = pipeline?.id ?? null;

  return (
    <Box data-testid="board-page">
      <PageHeader
        title={t("board.title")}
        crumbs={[{ label: t("nav.sections.sales") }, { label: t("board.title") }]}
        subtitle={t("board.dragHint")}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setNewDealOpen(true)}
            disabled={!pipeline}
            data-testid="new-deal-button"
          >
            {t("board.newDeal")}
          </Button>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <BoardFilters
            values={{
              pipelineId,
              teamId: search.teamId ?? null,
              ownerId: search.ownerId ?? null,
              q: search.q ?? "",
            }}
            onChange={(patch) => setSearch(patch)}
          />
          <Group gap="lg" data-testid="board-summary">
            <div>
              <Text size="xs" c="dimmed">
                {t("board.openDeals")}
              </Text>
              <Text fw={700}>{t("common.count", { count: openTotals.count })}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t("board.openAmount")}
              </Text>
              <Text fw={700}>{f.yen(openTotals.amount)}</Text>
            </div>
            {board.isFetching && <Loader size="xs" />}
          </Group>
        </Group>
      </Paper>

      {pipelines.isError && <QueryError error={pipelines.error} onRetry={() => void pipelines.refetch()} />}
      {board.isError && <QueryError error={board.error} onRetry={() => void board.refetch()} />}
      {(pipelines.isPending || (board.isPending && query)) && (
        <Center h={300}>
          <Loader />
        </Center>
      )}

      {pipeline && board.data && (
        <DndContext
          sensors={sensors}
          collisionDetection={collision}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setActive(null)}
        >
          <div className={classes.scroller} data-testid="board">
            <div className={classes.columns}>
              {stages.map((stage) => (
                <BoardColumn
                  key={stage.id}
                  stage={stage}
                  column={columnsById.get(stage.id)}
                  pipelineId={pipeline.id}
                  closedSince={board.data.closedSince}
                  cards={arrangeColumn(board.data, stage.id, pinned)}
                  highlightId={pinned[0]?.id ?? null}
                />
              ))}
            </div>
          </div>
          <DragOverlay dropAnimation={null}>{active ? <DealCardOverlay card={active} /> : null}</DragOverlay>
        </DndContext>
      )}

      {pipeline && (
        <NewDealModal
          opened={newDealOpen}
          onClose={() => setNewDealOpen(false)}
          pipeline={pipeline}
          onCreated={pin}
        />
      )}
      <StageGateDialog request={gate} onCancel={() => setGate(null)} onMoved={onGateMoved} />
    </Box>
  );
}

export default BoardPage;
