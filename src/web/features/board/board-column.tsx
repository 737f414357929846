import { useDroppable } from "@dnd-kit/core";
import { Anchor, Badge, Group, ScrollArea, Stack, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Board, BoardCard } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { useFormat } from "../../i18n/format";
import { useLocalizedName } from "../../i18n/use-lang";
import classes from "./board.module.css";
import { DealCard } from "./deal-card";

type Column = Board["columns"][number];

export function BoardColumn({
  stage,
  column,
  pipelineId,
  closedSince,
  cards,
  highlightId,
}: {
  stage: Stage;
  column: Column | undefined;
  pipelineId: string;
  closedSince: string;
  /** The cards in display order (see arrangeColumn). */
  cards: BoardCard[];
  highlightId: string | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalizedName();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { stage } });
  const deals = cards;
  const count = column?.count ?? 0;
  const amount = column?.amount ?? 0;
  const hidden = count - deals.length;
  const name = localized(stage.name, stage.nameEn);

  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      data-kind={stage.kind}
      data-over={isOver || undefined}
      data-testid={`board-column-${stage.key}`}
      data-stage-id={stage.id}
      aria-label={name}
    >
      <Stack gap={2} className={classes.columnHeader}>
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <Text fw={700} size="sm" truncate="end" title={name}>
            {name}
          </Text>
          <Badge
            size="sm"
            variant="white"
            color={stage.kind === "won" ? "teal" : stage.kind === "lost" ? "gray" : "brand"}
            data-testid="board-column-count"
          >
            {t("common.count", { count })}
          </Badge>
        </Group>
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <Tooltip label={f.yen(amount)} openDelay={300}>
            <Text size="sm" fw={600} c="dark.5" data-testid="board-column-amount">
              {f.yenCompact(amount)}
            </Text>
          </Tooltip>
          <Text size="xs" c="dimmed">
            {stage.kind === "open"
              ? t("board.defaultProbability", { value: stage.probability })
              : t("board.closedSince", { date: f.dateCompact(closedSince) })}
          </Text>
        </Group>
      </Stack>
      <ScrollArea.Autosize
        mah="calc(100vh - 372px)"
        type="hover"
        scrollbarSize={6}
        className={classes.columnBody}
      >
        <Stack gap={8} p={8} pt={4}>
          {deals.map((card) => (
            <DealCard key={card.id} card={card} highlight={card.id === highlightId} />
          ))}
          {count === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="lg" className={classes.empty}>
              {t("board.empty")}
            </Text>
          )}
          {hidden > 0 && (
            <Anchor
              component={Link}
              to={`/deals?pipelineId=${pipelineId}&stageId=${stage.id}`}
              size="xs"
              ta="center"
              py={4}
            >
              {t("board.more", { count: hidden })}
            </Anchor>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </section>
  );
}
