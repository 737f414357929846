import { describe, expect, it } from "vitest";
import type { KpiTree } from "../../api/kpi-tree";
import { flattenTree, treeFromKpiTree, treeSpan } from "./kpi-tree-model";

const node = (kpiKey: string, parentKey: string | null): KpiTree["nodes"][number] => ({
  kpiKey,
  tier: parentKey === null ? "strategic" : "action",
  parentKey,
  target: null,
  stretch: null,
  minimum: null,
  actual: null,
  achievement: null,
  pace: null,
  status: "no_target",
  stars: null,
  sampleSize: 0,
});
const tree = (nodes: KpiTree["nodes"]): KpiTree => ({
  scope: "org",
  period: { label: "2026-11", start: "2026-11-01", end: "2026-11-30" },
  businessDays: 19,
  elapsedBusinessDays: 14,
  nodes,
});

describe("the KPI tree model", () => {
  it("hangs nodes under their parents with the KGI on top, and orphans under the root", () => {
    const root = treeFromKpiTree(
      tree([node("wins", "revenue"), node("revenue", null), node("calls", "wins"), node("orphan", "gone")]),
    );
    expect(root?.kpiKey).toBe("revenue");
    expect(flattenTree(root).map((n) => n.kpiKey)).toEqual(["revenue", "wins", "calls", "orphan"]);
  });

  it("measures the width as the tidy layout spreads it: siblings 1 apart, cousins 2", () => {
    expect(treeSpan(treeFromKpiTree(tree([node("a", null)])))).toBe(0);
    expect(treeSpan(treeFromKpiTree(tree([node("a", null), node("b", "a"), node("c", "a")])))).toBe(1);
    // Two pairs of cousins: b's children and c's children keep 2 apart.
    const cousins = tree([
      node("a", null),
      node("b", "a"),
      node("c", "a"),
      node("b1", "b"),
      node("b2", "b"),
      node("c1", "c"),
      node("c2", "c"),
    ]);
    expect(treeSpan(treeFromKpiTree(cousins))).toBe(4);
  });
});
