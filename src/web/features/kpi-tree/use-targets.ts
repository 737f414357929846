import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { kpiTreeKeys } from "../../api/kpi-tree";
import {
  type AllocationBody,
  allocateTarget,
  fetchRevisions,
  fetchTargets,
  saveTarget,
  type TargetsParams,
  type TargetUpsert,
  targetKeys,
} from "../../api/targets";

export function useTargets(params: TargetsParams, enabled = true) {
  return useQuery({
    queryKey: targetKeys.list(params),
    queryFn: ({ signal }) => fetchTargets(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRevisions(id: string | null) {
  return useQuery({
    queryKey: targetKeys.revisions(id ?? ""),
    queryFn: ({ signal }) => fetchRevisions(id as string, signal),
    enabled: id !== null,
  });
}

/** A changed target changes the tree (targets, achievement, pace) and the daily targets too. */
function useTargetsChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: targetKeys.all });
    void queryClient.invalidateQueries({ queryKey: kpiTreeKeys.all });
  };
}

/** The caller shows the errors: a missing revision reason asks for one, a conflict offers a reload. */
export function useSaveTarget() {
  const changed = useTargetsChanged();
  return useMutation({
    mutationFn: (body: TargetUpsert) => saveTarget(body),
    onSuccess: changed,
    meta: { handlesErrors: true },
  });
}

export function useAllocateTarget() {
  const changed = useTargetsChanged();
  return useMutation({
    mutationFn: (body: AllocationBody) => allocateTarget(body),
    onSuccess: changed,
    meta: { handlesErrors: true },
  });
}
