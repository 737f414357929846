// The KPI tree drawn as a tree (SPEC C3) with ECharts: only the tree chart, the tooltip and the canvas
// renderer are bundled, and this file is loaded lazily so that no other page carries ECharts.
import { Box } from "@mantine/core";
import { TreeChart } from "echarts/charts";
import { TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { statusColors, type TreeNodeView, treeShape, treeSpan } from "./kpi-tree-model";

echarts.use([TreeChart, TooltipComponent, CanvasRenderer]);

export type NodeText = {
  /** The first line, bold: the KPI's name (with its ★). */
  title: string;
  /** Further lines: target, actual, achievement and pace. */
  lines: string[];
  tooltip: string;
};

const NODE_WIDTH = 184;
const NODE_HEIGHT = 84;
const LEVEL_HEIGHT = 132;
const SIDE = 8;
const fontFamily =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif";

/** Rich-text markup uses {style|text}: braces and bars in names must not open a style. */
const safe = (text: string) => text.replaceAll("{", "｛").replaceAll("}", "｝").replaceAll("|", "｜");

type ChartNode = {
  name: string;
  kpiKey: string;
  itemStyle: { color: string; borderColor: string; borderWidth: number };
  label: { formatter: string };
  tooltip: { formatter: string };
  children: ChartNode[];
};

function toChartNode(node: TreeNodeView, text: (n: TreeNodeView) => NodeText): ChartNode {
  const colors = statusColors[node.status];
  const { title, lines, tooltip } = text(node);
  return {
    name: node.kpiKey,
    kpiKey: node.kpiKey,
    itemStyle: { color: colors.light, borderColor: colors.main, borderWidth: 2 },
    label: {
      formatter: [`{title|${safe(title)}}`, ...lines.map((l) => `{line|${safe(l)}}`)].join("\n"),
    },
    tooltip: { formatter: safe(tooltip).replaceAll("\n", "<br/>") },
    children: node.children.map((c) => toChartNode(c, text)),
  };
}

export default function KpiTreeChart({
  root,
  text,
  onSelect,
}: {
  root: TreeNodeView;
  text: (node: TreeNodeView) => NodeText;
  onSelect: (kpiKey: string) => void;
}) {
  const shape = treeShape(root);
  const height = Math.max(260, shape.depth * LEVEL_HEIGHT + 20);
  // ECharts spreads the tree over the width, a node's width from either edge: wide enough that
  // neighbours never overlap, and a horizontal scroll rather than a squeeze on narrow screens.
  const minWidth = (treeSpan(root) + 2) * (NODE_WIDTH + 12) + 2 * SIDE;
  const option = useMemo(
    () => ({
      textStyle: { fontFamily },
      tooltip: { trigger: "item", confine: true, textStyle: { fontSize: 12 } },
      series: [
        {
          type: "tree",
          orient: "TB",
          data: [toChartNode(root, text)],
          top: NODE_HEIGHT / 2 + 8,
          bottom: NODE_HEIGHT / 2 + 8,
          left: SIDE,
          right: SIDE,
          symbol: "roundRect",
          symbolSize: [NODE_WIDTH, NODE_HEIGHT],
          edgeShape: "polyline",
          edgeForkPosition: "50%",
          initialTreeDepth: -1,
          expandAndCollapse: false,
          roam: false,
          animationDuration: 300,
          lineStyle: { color: "#adb5bd", width: 1.5, curveness: 0 },
          label: {
            position: "inside",
            color: "#212529",
            lineHeight: 16,
            rich: {
              title: { fontSize: 13, fontWeight: "bold", lineHeight: 20, color: "#212529" },
              line: { fontSize: 11, lineHeight: 15, color: "#343a40" },
            },
          },
          leaves: { label: { position: "inside" } },
          emphasis: { focus: "ancestor" },
        },
      ],
    }),
    [root, text],
  );

  return (
    <Box style={{ overflowX: "auto" }}>
      <Box miw={minWidth}>
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          notMerge
          style={{ height, width: "100%" }}
          opts={{ renderer: "canvas" }}
          onEvents={{
            click: (params: { data?: { kpiKey?: string } }) => {
              if (params.data?.kpiKey) onSelect(params.data.kpiKey);
            },
          }}
        />
      </Box>
    </Box>
  );
}
