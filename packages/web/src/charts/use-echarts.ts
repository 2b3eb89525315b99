// One ECharts instance per chart element, built from only the parts the dashboard uses. Charts
// draw as SVG: crisp at any zoom, and each bar and label is an element a test can click.
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { type RefObject, useEffect, useRef } from "react";

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** What was clicked: a data point (bar, line point) by its index, or a category axis label by its text. */
export type ChartClick = { kind: "data"; dataIndex: number } | { kind: "axisLabel"; value: string };

export function useECharts(
  element: RefObject<HTMLDivElement | null>,
  option: ChartOption,
  onClick?: (click: ChartClick) => void,
): void {
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { locale: "ZH", renderer: "svg" });
    chart.current = instance;
    instance.on("click", (event) => {
      if (event.componentType === "series" && typeof event.dataIndex === "number")
        click.current?.({ kind: "data", dataIndex: event.dataIndex });
      else if (event.componentType === "xAxis" || event.componentType === "yAxis")
        click.current?.({ kind: "axisLabel", value: String((event as { value?: unknown }).value ?? "") });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [element]);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
}
