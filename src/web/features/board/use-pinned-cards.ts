import { useCallback, useState } from "react";
import type { Board, BoardCard, Deal } from "../../../contract/deals";

/** The card fields of a deal, as the board shows it. */
export function toCard(deal: Deal): BoardCard {
  const { id, name, accountName, ownerId, ownerName, stageId, status, amount, probability } = deal;
  const { expectedCloseDate, nextMeetingDate, updatedAt, version, stale } = deal;
  return {
    id,
    name,
    accountName,
    ownerId,
    ownerName,
    stageId,
    status,
    amount,
    probability,
    expectedCloseDate,
    nextMeetingDate,
    updatedAt,
    version,
    stale,
  };
}

/**
 * Deals created or moved on this page stay at the top of their column until the page is left, so
 * that what the user just did stays in sight (the server orders columns by close date, and only
 * sends a column's first cards).
 */
export function usePinnedCards() {
  const [pinned, setPinned] = useState<BoardCard[]>([]);
  const pin = useCallback((deal: Deal) => {
    setPinned((list) => [toCard(deal), ...list.filter((c) => c.id !== deal.id)]);
  }, []);
  return { pinned, pin };
}

/** A column's cards: pinned ones first (the server's copy when it has one), then the rest in order. */
export function arrangeColumn(board: Board, stageId: string, pinned: BoardCard[]): BoardCard[] {
  const column = board.columns.find((c) => c.stageId === stageId);
  const cards = column?.deals ?? [];
  const onBoard = new Map(board.columns.flatMap((c) => c.deals.map((d) => [d.id, d] as const)));
  const top: BoardCard[] = [];
  for (const p of pinned) {
    const current = onBoard.get(p.id);
    // The server's copy wins: it may have moved elsewhere since.
    if (current ? current.stageId === stageId : p.stageId === stageId) top.push(current ?? p);
  }
  const topIds = new Set(top.map((c) => c.id));
  return [...top, ...cards.filter((c) => !topIds.has(c.id))];
}
