import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ImportMapping, ImportRun } from "../../../contract/imports";
import { dealKeys } from "../../api/deals";
import {
  cancelImport,
  createSavedMapping,
  deleteSavedMapping,
  fetchImportHistory,
  fetchImportRun,
  fetchSavedMappings,
  type ImportKind,
  type ImportUpload,
  importKeys,
  previewImport,
  type SavedMappingBody,
  startImport,
} from "../../api/imports";

export const isRunning = (run: Pick<ImportRun, "status"> | undefined) =>
  run?.status === "queued" || run?.status === "running";

export function usePreviewImport() {
  return useMutation({
    mutationFn: (upload: ImportUpload) => previewImport(upload),
    meta: { handlesErrors: true },
  });
}

/** Starts a dry run or the real import; the run is then followed by `useImportRun`. */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportUpload & { mapping: ImportMapping; dryRun: boolean }) => startImport(body),
    onSuccess: (run) => {
      queryClient.setQueryData(importKeys.run(run.id), run);
      void queryClient.invalidateQueries({ queryKey: ["imports", "history"] });
    },
    meta: { handlesErrors: true },
  });
}

/** One run, asked again every half second while it is queued or running. */
export function useImportRun(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: importKeys.run(id ?? ""),
    queryFn: id
      ? async ({ signal }) => {
          const run = await fetchImportRun(id, signal);
          if (!isRunning(run)) {
            void queryClient.invalidateQueries({ queryKey: ["imports", "history"] });
            // An applied import changes the deals every list and the board show.
            if (!run.dryRun && run.status === "done") {
              void queryClient.invalidateQueries({ queryKey: dealKeys.all });
              void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
            }
          }
          return run;
        }
      : skipToken,
    refetchInterval: (query) => (isRunning(query.state.data) ? 500 : false),
    staleTime: 0,
  });
}

export function useCancelImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => cancelImport(id),
    onSuccess: (run) => queryClient.setQueryData(importKeys.run(run.id), run),
  });
}

export function useImportHistory(offset: number, limit: number) {
  return useQuery({
    queryKey: importKeys.history(offset),
    queryFn: ({ signal }) => fetchImportHistory(offset, limit, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSavedMappings(kind: ImportKind) {
  return useQuery({
    queryKey: importKeys.mappings(kind),
    queryFn: ({ signal }) => fetchSavedMappings(kind, signal),
  });
}

export function useSaveMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SavedMappingBody) => createSavedMapping(body),
    onSuccess: (saved) => void queryClient.invalidateQueries({ queryKey: importKeys.mappings(saved.kind) }),
    meta: { handlesErrors: true },
  });
}

export function useDeleteMapping(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSavedMapping(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: importKeys.mappings(kind) }),
  });
}
