import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import type { Board, BoardCard, BoardQuery } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { dealKeys, fetchBoard } from "../../api/deals";

export function useBoard(query: BoardQuery | null) {
  return useQuery({
    queryKey: dealKeys.board(query ?? { pipelineId: "" }),
    queryFn: query ? ({ signal }) => fetchBoard(query, signal) : skipToken,
    placeholderData: keepPreviousData,
  });
}

/** The board as it will look once the move succeeds; the card goes to the top of its new column. */
export function applyMove(board: Board, card: BoardCard, to: Stage): Board {
  const amount = card.amount ?? 0;
  const moved: BoardCard = { ...card, stageId: to.id, status: to.kind };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stageId === card.stageId) {
        return {
          ...column,
          count: Math.max(0, column.count - 1),
          amount: column.amount - amount,
          deals: column.deals.filter((d) => d.id !== card.id),
        };
      }
      if (column.stageId === to.id) {
        return {
          ...column,
          count: column.count + 1,
          amount: column.amount + amount,
          deals: [moved, ...column.deals],
        };
      }
      return column;
    }),
  };
}
