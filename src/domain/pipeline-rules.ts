// What makes a pipeline usable: open stages to work in, one won and one lost stage to close into,
// and keys that identify each stage, condition and evidence item unambiguously.

export type StageShape = {
  key: string;
  kind: "open" | "won" | "lost";
  entryConditions: { key: string }[];
  requiredEvidence: { key: string }[];
};

export type PipelineProblem =
  | { problem: "no_open_stage" }
  | { problem: "won_stage_count"; count: number }
  | { problem: "lost_stage_count"; count: number }
  | { problem: "duplicate_key"; key: string };

export function pipelineProblems(stages: StageShape[]): PipelineProblem[] {
  const problems: PipelineProblem[] = [];
  const count = (kind: StageShape["kind"]) => stages.filter((s) => s.kind === kind).length;
  if (count("open") === 0) problems.push({ problem: "no_open_stage" });
  if (count("won") !== 1) problems.push({ problem: "won_stage_count", count: count("won") });
  if (count("lost") !== 1) problems.push({ problem: "lost_stage_count", count: count("lost") });
  const duplicates = (keys: string[]) => keys.filter((key, i) => keys.indexOf(key) !== i);
  for (const key of new Set([
    ...duplicates(stages.map((s) => s.key)),
    ...stages.flatMap((s) => duplicates(s.entryConditions.map((c) => c.key))),
    ...stages.flatMap((s) => duplicates(s.requiredEvidence.map((e) => e.key))),
  ])) {
    problems.push({ problem: "duplicate_key", key });
  }
  return problems;
}
