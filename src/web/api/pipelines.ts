import type { z } from "zod";
import type { Pipeline } from "../../contract/directory";
import type { pipelineCreate, pipelineTemplate, pipelineUpdate } from "../../contract/pipelines";
import { api } from "./client";

export type PipelineTemplate = z.infer<typeof pipelineTemplate>;
/** As sent: stage fields with a server-side default may be left out. */
export type PipelineCreateBody = z.input<typeof pipelineCreate>;
export type PipelineUpdateBody = z.input<typeof pipelineUpdate>;

export const pipelineKeys = {
  templates: ["pipeline-templates"] as const,
};

export const fetchPipelineTemplates = (signal?: AbortSignal) =>
  api.get<PipelineTemplate[]>("/pipeline-templates", undefined, signal);
export const createPipeline = (body: PipelineCreateBody) => api.post<Pipeline>("/pipelines", body);
export const updatePipeline = (id: string, body: PipelineUpdateBody) =>
  api.patch<Pipeline>(`/pipelines/${encodeURIComponent(id)}`, body);
