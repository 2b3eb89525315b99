// The ledger as a table grouped by work area (areas are the tree's first level, expanded), with the
// columns of a 分解方案: task, targets, lead unit, co-units, deadline, then status and completion.
import { Button, Table, type TableColumnsType, Tag, Tooltip } from "antd";
import type { Key } from "react";
import { Link } from "react-router";
import type { ItemStatus } from "../api/api-types.js";
import { CompletionBar } from "../components/completion-bar.js";
import { StatusLight } from "../components/status-light.js";
import { formatDate } from "../format/dates.js";
import { lookOfStatus, STATUS_LOOKS } from "../status/item-status.js";
import { ITEM_TYPE_NAMES } from "./ledger-filter.js";
import type { AreaRow, LedgerRow, TaskRow } from "./ledger-rows.js";
import { describeGoal } from "./target-words.js";

const SHOWN_TARGETS = 3;

interface LedgerTableProps {
  areas: AreaRow[];
  loading: boolean;
  /** Row selection and the edit button, for the office. */
  editable: boolean;
  selectedKeys: Key[];
  onSelect: (keys: Key[]) => void;
  onEdit: (itemId: string) => void;
  collapsed: ReadonlySet<string>;
  onToggleArea: (key: string, expanded: boolean) => void;
}

export function LedgerTable({
  areas,
  loading,
  editable,
  selectedKeys,
  onSelect,
  onEdit,
  collapsed,
  onToggleArea,
}: LedgerTableProps) {
  const areaCells = (row: LedgerRow, span: number) => (row.kind === "area" ? { colSpan: span } : {});
  const hiddenForArea = (row: LedgerRow) => (row.kind === "area" ? { colSpan: 0 } : {});

  const columns: TableColumnsType<LedgerRow> = [
    {
      title: "任务",
      key: "task",
      width: 220,
      onCell: (row) => areaCells(row, 4),
      render: (_, row) =>
        row.kind === "area" ? (
          <span className="ledger-area-title">
            {row.area}
            <span className="ledger-area-count">（{row.count} 项）</span>
          </span>
        ) : (
          <TaskCell row={row} />
        ),
    },
    {
      title: "具体目标",
      key: "targets",
      width: 190,
      onCell: hiddenForArea,
      render: (_, row) => (row.kind === "task" ? <TargetsCell row={row} /> : null),
    },
    {
      title: "牵头单位",
      key: "lead",
      width: 105,
      onCell: hiddenForArea,
      render: (_, row) =>
        row.kind === "task" && (row.item.leadUnit ? row.item.leadUnit.name : <Tag color="warning">待定</Tag>),
    },
    {
      title: "配合单位",
      key: "co",
      width: 125,
      onCell: hiddenForArea,
      render: (_, row) =>
        row.kind === "task" && (
          <span className="ledger-co-units">
            {row.item.coUnits.map((unit) => unit.name).join("、") || "—"}
          </span>
        ),
    },
    {
      title: "完成时限",
      key: "deadline",
      width: 96,
      render: (_, row) => (row.kind === "task" ? <Deadline date={row.item.deadline} /> : null),
    },
    {
      title: "状态",
      key: "status",
      width: 104,
      render: (_, row) =>
        row.kind === "task" ? (
          <Tooltip title={row.item.statusReason}>
            <span className="ledger-status" data-item-status={row.item.status}>
              <StatusLight status={row.item.status} />
            </span>
          </Tooltip>
        ) : (
          <AreaStatusCounts row={row} />
        ),
    },
    {
      title: "完成进度",
      key: "completion",
      width: 165,
      render: (_, row) =>
        row.kind === "task" ? (
          <CompletionBar
            completion={row.item.completion}
            expected={row.item.expected}
            colour={lookOfStatus(row.item.status).colour}
          />
        ) : (
          <CompletionBar completion={row.completion} expected={row.expected} />
        ),
    },
  ];
  if (editable) {
    columns.push({
      title: "操作",
      key: "actions",
      width: 60,
      fixed: "end",
      render: (_, row) =>
        row.kind === "task" && (
          <Button
            type="link"
            size="small"
            onClick={() => onEdit(row.item.id)}
            aria-label={`编辑“${row.item.title}”`}
          >
            编辑
          </Button>
        ),
    });
  }

  return (
    <Table<LedgerRow>
      className="ledger-table"
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={areas}
      loading={loading}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: editable ? 1105 : 1005 }}
      sticky
      rowClassName={(row) => (row.kind === "area" ? "ledger-area-row" : "ledger-task-row")}
      expandable={{
        expandedRowKeys: areas.filter((row) => !collapsed.has(row.key)).map((row) => row.key),
        onExpand: (expanded, row) => onToggleArea(row.key, expanded),
        indentSize: 0,
      }}
      rowSelection={
        editable
          ? {
              selectedRowKeys: selectedKeys,
              onChange: (keys) => onSelect(keys),
              columnWidth: 40,
              getTitleCheckboxProps: () => ({ "aria-label": "全选" }),
              getCheckboxProps: (row) => ({
                "aria-label": row.kind === "area" ? `选择“${row.area}”的全部任务` : `选择“${row.item.title}”`,
              }),
            }
          : undefined
      }
      locale={{ emptyText: "没有符合条件的任务" }}
    />
  );
}

/** `2026年12月31日`, wrapping after the year rather than inside the date. */
function Deadline({ date }: { date: string }) {
  const words = formatDate(date);
  const year = words.indexOf("年") + 1;
  return (
    <span className="ledger-deadline">
      <span>{words.slice(0, year)}</span>
      <span>{words.slice(year)}</span>
    </span>
  );
}

function TaskCell({ row }: { row: TaskRow }) {
  const { item } = row;
  return (
    <div className="ledger-task">
      <Link to={`/tasks/${encodeURIComponent(item.id)}`} className="ledger-task-title">
        {row.number}. {item.title}
      </Link>
      {(item.type !== "task" || item.public) && (
        <div className="ledger-task-tags">
          {item.type !== "task" && <Tag>{ITEM_TYPE_NAMES[item.type]}</Tag>}
          {item.public && <Tag color="blue">公开</Tag>}
        </div>
      )}
    </div>
  );
}

function TargetsCell({ row }: { row: TaskRow }) {
  const targets = row.item.targets;
  if (targets.length === 0) return <span className="ledger-muted">无量化指标</span>;
  return (
    <ul className="ledger-targets">
      {targets.slice(0, SHOWN_TARGETS).map((target) => (
        <li key={target.id}>
          {target.metric} <strong>{describeGoal(target)}</strong>
        </li>
      ))}
      {targets.length > SHOWN_TARGETS && <li className="ledger-muted">等 {targets.length} 项指标</li>}
    </ul>
  );
}

function AreaStatusCounts({ row }: { row: AreaRow }) {
  const worst = (["overdue", "seriously_lagging", "lagging"] as ItemStatus[]).filter(
    (status) => row.byStatus[status],
  );
  if (worst.length === 0) return <span className="ledger-muted">无滞后</span>;
  return (
    <span className="ledger-area-status">
      {worst.map((status) => (
        <span key={status}>
          {STATUS_LOOKS[status].label} {row.byStatus[status]}
        </span>
      ))}
    </span>
  );
}
