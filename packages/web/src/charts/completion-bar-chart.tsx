// Completion against expected progress (序时进度) per group (work area, unit) as horizontal bars, so
// long Chinese names read on one or two lines. A bar or its name clicks through to the group's tasks.
import { useMemo, useRef } from "react";
import { clampPercent } from "../status/item-status.js";
import { type ChartOption, useECharts } from "./use-echarts.js";

export interface ChartGroup {
  name: string;
  completion: number;
  expected: number;
}

interface CompletionBarChartProps {
  title: string;
  groups: readonly ChartGroup[];
  /** Click-through to the tasks behind a group, by its index in `groups`. */
  onSelect?: (index: number) => void;
}

const ROW_HEIGHT = 44;

export function CompletionBarChart({ title, groups, onSelect }: CompletionBarChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const option = useMemo(() => barOption(title, groups, onSelect !== undefined), [title, groups, onSelect]);
  useECharts(element, option, (click) => {
    // The chart lists the groups bottom-up (see barOption), so a bar's index counts from the end.
    const index =
      click.kind === "data"
        ? groups.length - 1 - click.dataIndex
        : groups.findIndex((group) => group.name === click.value);
    if (index >= 0) onSelect?.(index);
  });
  const height = Math.max(200, groups.length * ROW_HEIGHT + 56);
  return (
    <div
      ref={element}
      className="chart"
      style={{ height }}
      role="img"
      aria-label={`${title}：${describe(groups)}`}
      data-testid="completion-bar-chart"
    />
  );
}

function barOption(title: string, groups: readonly ChartGroup[], clickable: boolean): ChartOption {
  // ECharts draws the first category at the bottom; reversed, the list reads top-down as given.
  const rows = [...groups].reverse();
  return {
    aria: { enabled: true, label: { description: `${title}：${describe(groups)}` } },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (value: unknown) => `${value}%`,
    },
    legend: { data: ["完成进度", "序时进度"], top: 0 },
    grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
    yAxis: {
      type: "category",
      data: rows.map((g) => g.name),
      triggerEvent: clickable,
      axisTick: { show: false },
      axisLabel: { width: 168, overflow: "break", lineHeight: 16, cursor: clickable ? "pointer" : "default" },
    },
    xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    series: [
      {
        name: "完成进度",
        type: "bar",
        data: rows.map((g) => clampPercent(g.completion)),
        itemStyle: { color: "#1f5fbf" },
        label: { show: true, position: "right", formatter: "{c}%", color: "#1f5fbf" },
        barGap: "10%",
        cursor: clickable ? "pointer" : "default",
      },
      {
        name: "序时进度",
        type: "bar",
        data: rows.map((g) => clampPercent(g.expected)),
        itemStyle: { color: "#bfbfbf" },
        cursor: clickable ? "pointer" : "default",
      },
    ],
  };
}

function describe(groups: readonly ChartGroup[]): string {
  return groups
    .map((g) => `${g.name}完成${clampPercent(g.completion)}%，序时进度${clampPercent(g.expected)}%`)
    .join("；");
}
