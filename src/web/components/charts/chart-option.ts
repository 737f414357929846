// The option type of the charts the dashboard and the analysis pages draw: only these series and
// components are registered (echart.tsx), so an option using anything else does not type-check.
import type {
  BarSeriesOption,
  FunnelSeriesOption,
  GaugeSeriesOption,
  LineSeriesOption,
  ScatterSeriesOption,
} from "echarts/charts";
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | ScatterSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** What a click on a bar, a funnel layer or a point reports. */
export type ChartClick = { name?: string; dataIndex: number; seriesIndex?: number; data?: unknown };

export const chartFont =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif";

/** The colours of the charts, from the app's theme (brand blue) and Mantine's palette. */
export const chartColors = {
  brand: "#175ef9",
  brandLight: "#a0beff",
  teal: "#12b886",
  orange: "#e8590c",
  red: "#e03131",
  grape: "#9c36b5",
  gray: "#adb5bd",
  grid: "#e9ecef",
  text: "#495057",
} as const;
