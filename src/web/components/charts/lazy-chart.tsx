import { Center, Loader } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { ChartClick, ChartOption } from "./chart-option";

const EChart = lazy(() => import("./echart"));

/** A chart that loads ECharts on first use; the rest of the page shows meanwhile. */
export function Chart({
  option,
  height,
  onClick,
}: {
  option: ChartOption;
  height: number;
  onClick?: (click: ChartClick) => void;
}) {
  return (
    <Suspense
      fallback={
        <Center h={height}>
          <Loader size="sm" />
        </Center>
      }
    >
      <EChart option={option} height={height} onClick={onClick} />
    </Suspense>
  );
}
