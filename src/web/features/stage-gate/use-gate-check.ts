import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { BoardCard, Deal } from "../../../contract/deals";
import type { Stage } from "../../../contract/directory";
import { dealKeys, fetchDeal } from "../../api/deals";
import { useLostReasons } from "../deals/lost-reasons";
import { needsChecklist } from "./gate-model";

export type GateDecision = { kind: "direct"; version: number } | { kind: "checklist"; deal: Deal };

/**
 * Decides, before anything is sent, whether a move goes straight through or needs the checklist. A
 * board card lacks most deal fields; when the card alone cannot pass, the full deal is loaded first.
 */
export function useGateCheck() {
  const queryClient = useQueryClient();
  const { reasons } = useLostReasons();
  return useCallback(
    async (deal: Deal | BoardCard, stages: Stage[], to: Stage): Promise<GateDecision> => {
      const lostReasonKeys = reasons.map((r) => r.key);
      // Fields a card lacks count as missing, so a card that passes is a deal that passes.
      if (!needsChecklist({ deal: deal as Deal, stages, to, lostReasonKeys })) {
        return { kind: "direct", version: deal.version };
      }
      const full =
        "createdAt" in deal
          ? deal
          : await queryClient.fetchQuery({
              queryKey: dealKeys.detail(deal.id),
              queryFn: ({ signal }) => fetchDeal(deal.id, signal),
              staleTime: 0,
            });
      return needsChecklist({ deal: full, stages, to, lostReasonKeys })
        ? { kind: "checklist", deal: full }
        : { kind: "direct", version: full.version };
    },
    [queryClient, reasons],
  );
}
