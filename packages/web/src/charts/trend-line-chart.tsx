// Overall completion at the end of each reporting period: is the plan catching up or falling behind?
import { useMemo, useRef } from "react";
import { formatPeriod } from "../format/dates.js";
import { type ChartOption, useECharts } from "./use-echarts.js";

export interface TrendPoint {
  period: string;
  completion: number;
}

interface TrendLineChartProps {
  title: string;
  points: readonly TrendPoint[];
  onSelect?: (index: number) => void;
  height?: number;
}

export function TrendLineChart({ title, points, onSelect, height = 300 }: TrendLineChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const option = useMemo(() => trendOption(title, points, onSelect !== undefined), [title, points, onSelect]);
  useECharts(element, option, (click) => {
    const index =
      click.kind === "data"
        ? click.dataIndex
        : points.findIndex((point) => formatPeriod(point.period) === click.value);
    if (index >= 0) onSelect?.(index);
  });
  const description = `${title}：${points.map((p) => `${formatPeriod(p.period)}${p.completion}%`).join("，")}`;
  return (
    <div
      ref={element}
      className="chart"
      style={{ height }}
      role="img"
      aria-label={description}
      data-testid="trend-line-chart"
    />
  );
}

function trendOption(title: string, points: readonly TrendPoint[], clickable: boolean): ChartOption {
  const labels = points.map((p) => formatPeriod(p.period));
  return {
    aria: {
      enabled: true,
      label: { description: `${title}：${points.map((p, i) => `${labels[i]}${p.completion}%`).join("，")}` },
    },
    tooltip: { trigger: "axis", valueFormatter: (value: unknown) => `${value}%` },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: labels, boundaryGap: false, triggerEvent: clickable },
    yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    series: [
      {
        name: "总体完成进度",
        type: "line",
        data: points.map((p) => p.completion),
        symbolSize: 8,
        itemStyle: { color: "#1f5fbf" },
        areaStyle: { color: "rgba(31, 95, 191, 0.12)" },
        label: { show: true, formatter: "{c}%" },
        cursor: clickable ? "pointer" : "default",
      },
    ],
  };
}
