// A task's targets: the goal in the report's words, the latest accepted value, completion against
// expected progress (序时进度) and the status with its reason.

import type { SourceSpan } from "@luoshi/report";
import { Button, Table } from "antd";
import type { Target } from "../api/api-types.js";
import { CompletionBar } from "../components/completion-bar.js";
import { StatusLight } from "../components/status-light.js";
import { formatPeriod } from "../format/dates.js";
import { lookOfStatus } from "../status/item-status.js";
import { describeGoal, formatValue } from "./target-words.js";

export function ItemTargets({
  targets,
  onShowSource,
}: {
  targets: readonly Target[];
  onShowSource?: (span: SourceSpan) => void;
}) {
  return (
    <Table<Target>
      className="item-targets"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...targets]}
      locale={{ emptyText: "该任务没有量化指标，按节点和完成时限督办" }}
      scroll={{ x: 900 }}
      columns={[
        { title: "指标", dataIndex: "metric", key: "metric", width: 200 },
        {
          title: "目标",
          key: "goal",
          width: 140,
          render: (_, target) =>
            target.source && onShowSource ? (
              <Button
                type="link"
                size="small"
                className="item-target-goal"
                onClick={() => onShowSource(target.source!)}
                title="在报告原文中查看"
              >
                {describeGoal(target)}
              </Button>
            ) : (
              describeGoal(target)
            ),
        },
        {
          title: "当前值",
          key: "current",
          width: 150,
          render: (_, target) =>
            target.currentValue === null ? (
              <span className="ledger-muted">尚未填报</span>
            ) : (
              <span data-testid="target-current">
                {formatValue(target.currentValue, target.unit)}
                {target.currentPeriod && (
                  <span className="item-target-period">
                    （{formatPeriod(target.currentPeriod)}
                    {target.currentSource === "statistics" ? "，统计数据" : ""}）
                  </span>
                )}
              </span>
            ),
        },
        {
          title: "完成进度",
          key: "completion",
          width: 180,
          render: (_, target) => (
            <CompletionBar
              completion={target.completion}
              expected={target.measure === "level" ? null : target.expected}
              colour={lookOfStatus(target.status).colour}
            />
          ),
        },
        {
          title: "状态",
          key: "status",
          width: 100,
          render: (_, target) => <StatusLight status={target.status} />,
        },
        { title: "说明", dataIndex: "reason", key: "reason" },
      ]}
    />
  );
}
