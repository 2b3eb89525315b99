// A bar chart of completion against expected progress per group (work area, unit). ECharts is
// assembled from only the parts used and lives in the lazily loaded chunks of the pages that chart.
import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { CompletionByGroup } from "../api/api-types.js";

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

interface CompletionBarChartProps {
  title: string;
  groups: readonly CompletionByGroup[];
  /** Click-through to the tasks behind a bar. */
  onSelect?: (name: string) => void;
  height?: number;
}

export function CompletionBarChart({ title, groups, onSelect, height = 320 }: CompletionBarChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { locale: "ZH", renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (event) => select.current?.(String(event.name)));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        aria: { enabled: true, label: { description: `${title}：${describe(groups)}` } },
        tooltip: { trigger: "axis", valueFormatter: (value: unknown) => `${value}%` },
        legend: { data: ["完成进度", "序时进度"], top: 0 },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: groups.map((g) => g.name), axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
        series: [
          {
            name: "完成进度",
            type: "bar",
            data: groups.map((g) => g.completion),
            itemStyle: { color: "#1f5fbf" },
          },
          {
            name: "序时进度",
            type: "bar",
            data: groups.map((g) => g.expected),
            itemStyle: { color: "#bfbfbf" },
          },
        ],
      },
      true,
    );
  }, [groups, title]);

  return <div ref={element} className="chart" style={{ height }} role="img" aria-label={title} />;
}

function describe(groups: readonly CompletionByGroup[]): string {
  return groups.map((g) => `${g.name}完成${g.completion}%，序时进度${g.expected}%`).join("；");
}
