import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Pipeline } from "../../../contract/directory";
import { directoryKeys } from "../../api/directory";
import {
  createPipeline,
  fetchPipelineTemplates,
  type PipelineCreateBody,
  type PipelineUpdateBody,
  pipelineKeys,
  updatePipeline,
} from "../../api/pipelines";

export function usePipelineTemplates(enabled: boolean) {
  return useQuery({
    queryKey: pipelineKeys.templates,
    queryFn: ({ signal }) => fetchPipelineTemplates(signal),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/** After a change, every screen that draws stages (board, lists, gate) reads them again. */
function useRefreshPipelines() {
  const queryClient = useQueryClient();
  return (pipeline: Pipeline) => {
    queryClient.setQueryData<Pipeline[]>(directoryKeys.pipelines, (old) => {
      if (!old) return old;
      const others = old.filter((p) => p.id !== pipeline.id);
      const list = old.some((p) => p.id === pipeline.id)
        ? old.map((p) => (p.id === pipeline.id ? pipeline : p))
        : [...others, pipeline];
      return pipeline.isDefault
        ? list.map((p) => (p.id === pipeline.id ? p : { ...p, isDefault: false }))
        : list;
    });
    void queryClient.invalidateQueries({ queryKey: directoryKeys.pipelines });
    void queryClient.invalidateQueries({ queryKey: ["board"] });
  };
}

export function useCreatePipeline() {
  const refresh = useRefreshPipelines();
  return useMutation({
    mutationFn: (body: PipelineCreateBody) => createPipeline(body),
    onSuccess: refresh,
    meta: { handlesErrors: true },
  });
}

export function useUpdatePipeline(id: string) {
  const refresh = useRefreshPipelines();
  return useMutation({
    mutationFn: (body: PipelineUpdateBody) => updatePipeline(id, body),
    onSuccess: refresh,
    meta: { handlesErrors: true },
  });
}
