import { useDraggable } from "@dnd-kit/core";
import { Anchor, Avatar, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { IconCalendarDue, IconCalendarEvent } from "@tabler/icons-react";
import { type MouseEvent, useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { BoardCard } from "../../../contract/deals";
import { StaleBadge } from "../../components/stale-badge";
import { todayDateOnly, useFormat } from "../../i18n/format";
import { useOwnerName } from "../directory/use-owner-name";
import classes from "./board.module.css";

/** The card's face; shared by the card in its column and the one that follows the pointer. */
export function DealCardBody({ card }: { card: BoardCard }) {
  const { t } = useTranslation();
  const f = useFormat();
  const ownerName = useOwnerName();
  const owner = ownerName(card.ownerId, card.ownerName);
  const today = todayDateOnly();
  const open = card.status === "open";
  const meetingPast = open && card.nextMeetingDate !== null && card.nextMeetingDate < today;
  const meetingMissing = open && card.nextMeetingDate === null;

  return (
    <Stack gap={6}>
      <Stack gap={2}>
        <Anchor
          component={Link}
          to={`/deals/${card.id}`}
          draggable={false}
          className={classes.cardTitle}
          c="dark.7"
          underline="hover"
          data-testid="deal-card-name"
        >
          {card.name}
        </Anchor>
        {card.accountName && (
          <Text size="xs" c="dimmed" truncate="end">
            {card.accountName}
          </Text>
        )}
      </Stack>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="sm" fw={700} data-testid="deal-card-amount">
          {f.yen(card.amount)}
        </Text>
        <Text size="xs" c="dimmed">
          {f.percent(card.probability)}
        </Text>
      </Group>
      <Group gap={10} wrap="nowrap" className={classes.cardDates}>
        <Tooltip label={t("fields.expectedCloseDate")} openDelay={400}>
          <Group gap={3} wrap="nowrap">
            <IconCalendarDue size={13} aria-label={t("fields.expectedCloseDate")} />
            <Text size="xs">{f.dateCompact(card.expectedCloseDate)}</Text>
          </Group>
        </Tooltip>
        <Tooltip
          label={
            meetingPast
              ? t("board.meetingPast")
              : meetingMissing
                ? t("board.meetingMissing")
                : t("fields.nextMeetingDate")
          }
          openDelay={400}
        >
          <Group gap={3} wrap="nowrap" c={meetingPast ? "red.7" : meetingMissing ? "orange.8" : undefined}>
            <IconCalendarEvent size={13} aria-label={t("fields.nextMeetingDate")} />
            <Text size="xs" fw={meetingPast || meetingMissing ? 600 : undefined}>
              {meetingMissing ? t("common.notSet") : f.dateCompact(card.nextMeetingDate)}
            </Text>
          </Group>
        </Tooltip>
      </Group>
      {card.stale && (
        <div>
          <StaleBadge stale={card.stale} size="sm" />
        </div>
      )}
      <Group gap={6} wrap="nowrap">
        <Avatar size={20} radius="xl" color="brand" name={owner} />
        <Text size="xs" c="dark.4" truncate="end">
          {owner}
        </Text>
      </Group>
    </Stack>
  );
}

/** The copy that follows the pointer while dragging (not itself draggable). */
export function DealCardOverlay({ card }: { card: BoardCard }) {
  return (
    <Paper className={classes.card} data-overlay shadow="lg" withBorder p="sm">
      <DealCardBody card={card} />
    </Paper>
  );
}

export function DealCard({ card, highlight = false }: { card: BoardCard; highlight?: boolean }) {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { card } });
  const element = useRef<HTMLDivElement | null>(null);
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
  // A card the user just created or moved is brought into view.
  useEffect(() => {
    if (highlight) element.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [highlight]);

  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented) return; // the title link already navigated
    void navigate(`/deals/${card.id}`);
  };

  return (
    <Paper
      ref={ref}
      className={classes.card}
      data-dragging={isDragging || undefined}
      data-highlight={highlight || undefined}
      withBorder
      p="sm"
      {...attributes}
      {...listeners}
      onClick={onClick}
      onKeyDown={(e) => {
        // Enter opens the deal; Space picks the card up (the keyboard sensor's start key).
        if (e.key === "Enter") void navigate(`/deals/${card.id}`);
        else listeners?.onKeyDown?.(e);
      }}
      data-testid="deal-card"
      data-deal-id={card.id}
      data-stage-id={card.stageId}
      aria-roledescription={t("board.cardRole")}
      aria-label={card.name}
    >
      <DealCardBody card={card} />
    </Paper>
  );
}
