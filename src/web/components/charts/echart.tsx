// ECharts with only the chart types the dashboard and the analysis pages use. This file is loaded
// lazily (lazy-chart.tsx), so no other page carries ECharts.
import { BarChart, FunnelChart, GaugeChart, LineChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { type ChartClick, type ChartOption, chartFont } from "./chart-option";

echarts.use([
  BarChart,
  FunnelChart,
  GaugeChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export default function EChart({
  option,
  height,
  onClick,
}: {
  option: ChartOption;
  height: number;
  onClick?: (click: ChartClick) => void;
}) {
  const full = useMemo(() => ({ textStyle: { fontFamily: chartFont }, ...option }), [option]);
  const events = useMemo(
    () => (onClick ? { click: (params: ChartClick) => onClick(params) } : undefined),
    [onClick],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={full}
      notMerge
      style={{ height, width: "100%" }}
      opts={{ renderer: "canvas" }}
      onEvents={events}
    />
  );
}
