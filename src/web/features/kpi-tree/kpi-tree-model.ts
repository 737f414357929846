// The KPI tree as the chart draws it: the KGI on top, tactical KPIs below it, action KPIs at the
// bottom. From GET /kpi-tree; until the server has it, from the 逆算 chain (revenue → wins → meetings
// → effective contacts → calls) with the required numbers as targets.
import type { KpiTree, PlanResponse } from "../../api/kpi-tree";

export type KpiStatus = KpiTree["nodes"][number]["status"];
export type TreeNodeView = {
  kpiKey: string;
  tier: KpiTree["nodes"][number]["tier"];
  status: KpiStatus;
  target: number | null;
  stretch: number | null;
  minimum: number | null;
  actual: number | null;
  achievement: number | null;
  pace: number | null;
  stars: number | null;
  sampleSize: number;
  children: TreeNodeView[];
};

export const statusColors: Record<KpiStatus, { main: string; light: string; mantine: string }> = {
  on_track: { main: "#2f9e44", light: "#ebfbee", mantine: "green" },
  behind: { main: "#e8590c", light: "#fff4e6", mantine: "orange" },
  at_risk: { main: "#e03131", light: "#fff5f5", mantine: "red" },
  no_target: { main: "#868e96", light: "#f8f9fa", mantine: "gray" },
};
export const statuses: KpiStatus[] = ["on_track", "behind", "at_risk", "no_target"];

const tierOrder = { strategic: 0, tactical: 1, action: 2 } as const;

/** Builds the tree from parent keys; a node whose parent is missing hangs under the root. */
export function treeFromKpiTree(tree: KpiTree): TreeNodeView | null {
  const views = new Map<string, TreeNodeView>(
    tree.nodes.map((n) => [
      n.kpiKey,
      {
        kpiKey: n.kpiKey,
        tier: n.tier,
        status: n.status,
        target: n.target,
        stretch: n.stretch,
        minimum: n.minimum,
        actual: n.actual,
        achievement: n.achievement,
        pace: n.pace,
        stars: n.stars,
        sampleSize: n.sampleSize,
        children: [],
      },
    ]),
  );
  const roots: TreeNodeView[] = [];
  for (const n of tree.nodes) {
    const view = views.get(n.kpiKey) as TreeNodeView;
    const parent = n.parentKey ? views.get(n.parentKey) : undefined;
    if (parent && parent !== view) parent.children.push(view);
    else roots.push(view);
  }
  if (roots.length === 0) return null;
  roots.sort((a, b) => tierOrder[a.tier] - tierOrder[b.tier] || Number(b.kpiKey === "revenue"));
  const [root, ...others] = roots as [TreeNodeView, ...TreeNodeView[]];
  root.children.push(...others);
  return root;
}

/** What each step of the 逆算 was divided from: calls and emails both come from the contacts. */
const planParent: Record<PlanResponse["nodes"][number]["metric"], string | null> = {
  revenue: null,
  wins: "revenue",
  meetings: "wins",
  effectiveContacts: "meetings",
  calls: "effectiveContacts",
  emailsSent: "effectiveContacts",
};

/** The 逆算 chain as a tree: the required numbers stand in as targets. */
export function treeFromPlan(plan: PlanResponse): TreeNodeView | null {
  const views = new Map<string, TreeNodeView>();
  let root: TreeNodeView | null = null;
  for (const node of plan.nodes) {
    const view: TreeNodeView = {
      kpiKey: node.metric,
      tier: node.metric === "revenue" || node.metric === "wins" ? "strategic" : "action",
      status: "no_target",
      target: node.required,
      stretch: null,
      minimum: null,
      actual: null,
      achievement: null,
      pace: null,
      stars: null,
      sampleSize: 0,
      children: [],
    };
    views.set(node.metric, view);
    const parentKey = planParent[node.metric];
    const parent = parentKey ? views.get(parentKey) : undefined;
    if (parent) parent.children.push(view);
    else root ??= view;
  }
  return root;
}

export function flattenTree(root: TreeNodeView | null): TreeNodeView[] {
  if (!root) return [];
  return [root, ...root.children.flatMap((c) => flattenTree(c))];
}

/** Levels and leaves, to size the drawing. */
export function treeShape(root: TreeNodeView | null): { depth: number; leaves: number } {
  if (!root) return { depth: 0, leaves: 0 };
  if (root.children.length === 0) return { depth: 1, leaves: 1 };
  const shapes = root.children.map(treeShape);
  return {
    depth: 1 + Math.max(...shapes.map((s) => s.depth)),
    leaves: shapes.reduce((n, s) => n + s.leaves, 0),
  };
}

type Contour = { left: number[]; right: number[] };

/**
 * The tree's width in sibling distances as ECharts' tidy layout (Reingold-Tilford) places it: siblings
 * 1 apart, cousins 2. The chart needs (span + 2) node widths so that no two nodes overlap.
 */
export function treeSpan(root: TreeNodeView | null): number {
  if (!root) return 0;
  const { left, right } = contourOf(root);
  return Math.max(...right) - Math.min(...left);
}

function contourOf(node: TreeNodeView): Contour {
  if (node.children.length === 0) return { left: [0], right: [0] };
  const [first, ...rest] = node.children.map(contourOf) as [Contour, ...Contour[]];
  const left = [...first.left];
  const right = [...first.right];
  let last = 0;
  for (const sub of rest) {
    let offset = Number.NEGATIVE_INFINITY;
    for (let d = 0; d < Math.min(right.length, sub.left.length); d++) {
      offset = Math.max(offset, (right[d] as number) - (sub.left[d] as number) + (d === 0 ? 1 : 2));
    }
    sub.left.forEach((x, d) => {
      left[d] = d < left.length ? Math.min(left[d] as number, offset + x) : offset + x;
    });
    sub.right.forEach((x, d) => {
      right[d] = d < right.length ? Math.max(right[d] as number, offset + x) : offset + x;
    });
    last = offset;
  }
  const center = last / 2;
  return { left: [0, ...left.map((x) => x - center)], right: [0, ...right.map((x) => x - center)] };
}
