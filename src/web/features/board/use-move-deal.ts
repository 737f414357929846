import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Board, BoardCard, BoardQuery, Deal } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { dataQualityKeys } from "../../api/data-quality";
import { dealKeys, moveDealStage } from "../../api/deals";
import { showError } from "../../api/query-client";
import { useLocalizedName } from "../../i18n/use-lang";
import { type ServerMissing, serverMissingOf } from "../stage-gate/stage-gate-dialog";
import { applyMove } from "./use-board";

export type MoveVars = { card: BoardCard; to: Stage };

/**
 * Moves a card that needs nothing more at once; if the server refuses, the card goes back. A refusal
 * by the gate (the server knows something the card did not) goes to `onRefused` to open the checklist.
 */
export function useMoveDeal(
  query: BoardQuery | null,
  handlers: { onMoved?: (deal: Deal) => void; onRefused?: (vars: MoveVars, missing: ServerMissing) => void },
) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const key = query ? dealKeys.board(query) : null;

  return useMutation({
    mutationFn: ({ card, to }: MoveVars) => moveDealStage(card.id, { stageId: to.id, version: card.version }),
    meta: { handlesErrors: true },
    onMutate: async ({ card, to }) => {
      if (!key) return { previous: undefined };
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Board>(key);
      if (previous) queryClient.setQueryData<Board>(key, applyMove(previous, card, to));
      return { previous };
    },
    onError: (error, vars, context) => {
      if (key && context?.previous) queryClient.setQueryData(key, context.previous);
      const refused = serverMissingOf(error);
      if (refused && handlers.onRefused) handlers.onRefused(vars, refused);
      else showError(error);
    },
    onSuccess: (deal, { to }) => {
      handlers.onMoved?.(deal);
      notifications.show({
        color: "teal",
        message: t("board.moved", { name: deal.name, stage: localized(to.name, to.nameEn) }),
        autoClose: 2500,
      });
    },
    onSettled: (_data, _error, { card }) => {
      void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
      void queryClient.invalidateQueries({ queryKey: dealKeys.all });
      void queryClient.invalidateQueries({ queryKey: dealKeys.detail(card.id) });
      void queryClient.invalidateQueries({ queryKey: dataQualityKeys.all });
    },
  });
}
