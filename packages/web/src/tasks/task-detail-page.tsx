// 任务详情: one task with everything about it: targets against expected progress, the status reason
// in words, milestones, every progress report and its review, evidence, comments and 批示, 催办, and
// the source sentence highlighted in the report.
import { ArrowLeftOutlined, EditOutlined, FormOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Descriptions, Space, Table, Tabs, Tag } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { ItemDetail, Milestone, Reminder, Role } from "../api/api-types.js";
import { ApiError } from "../api/http-client.js";
import { queryKeys } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { useSession } from "../auth/session.js";
import { CompletionBar } from "../components/completion-bar.js";
import { Entry, EntryList } from "../components/entry-list.js";
import { PageHeader } from "../components/page-header.js";
import { EmptyState, ErrorState, PageLoading } from "../components/states.js";
import { StatusLight } from "../components/status-light.js";
import { UnitTag } from "../components/unit-tag.js";
import { formatDate, formatDateTime } from "../format/dates.js";
import { REMINDER_KIND_WORDS } from "../reviews/reminder-words.js";
import { lookOfStatus } from "../status/item-status.js";
import { ItemDiscussion } from "./item-discussion.js";
import { ItemEditDrawer } from "./item-edit-drawer.js";
import { ItemSource, type SourceFocus } from "./item-source.js";
import { ItemTargets } from "./item-targets.js";
import { ITEM_TYPE_NAMES } from "./ledger-filter.js";
import { ProgressHistory } from "./progress-history.js";
import "./tasks.css";

export function TaskDetailPage() {
  const { id = "" } = useParams();
  const api = useApi();
  const user = useSession().data?.user;
  const item = useQuery({ queryKey: queryKeys.item(id), queryFn: () => api.items.get(id) });

  if (!user) return null;
  if (item.isPending)
    return (
      <>
        <PageHeader title="任务详情" />
        <PageLoading />
      </>
    );
  if (item.isError) {
    const refused = item.error instanceof ApiError && item.error.status === 403;
    return (
      <>
        <PageHeader title="任务详情" extra={<BackButton role={user.role} />} />
        <ErrorState
          title={refused ? "无权查看该任务" : "任务加载失败"}
          error={item.error}
          onRetry={refused ? undefined : () => item.refetch()}
        />
      </>
    );
  }
  return <TaskDetail item={item.data} role={user.role} unitId={user.unitId} />;
}

function BackButton({ role, planId }: { role: Role; planId?: string }) {
  const navigate = useNavigate();
  const target =
    role === "unit" ? "/filing" : `/tasks${planId ? `?planId=${encodeURIComponent(planId)}` : ""}`;
  return (
    <Button icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={() => navigate(target)}>
      {role === "unit" ? "返回填报" : "返回任务台账"}
    </Button>
  );
}

function TaskDetail({ item, role, unitId }: { item: ItemDetail; role: Role; unitId: string | null }) {
  const api = useApi();
  const navigate = useNavigate();
  const [tab, setTab] = useState("progress");
  const [focus, setFocus] = useState<SourceFocus | null>(null);
  const [editing, setEditing] = useState(false);
  const isLeadUnit = role === "unit" && item.leadUnit?.id === unitId;
  const hasSource = item.source !== null || item.targets.some((target) => target.source);

  const showSource = (span: SourceFocus["span"]) => {
    setTab("source");
    setFocus((previous) => ({ span, serial: (previous?.serial ?? 0) + 1 }));
  };

  return (
    <>
      <PageHeader
        title={item.title}
        extra={
          <Space wrap>
            <BackButton role={role} planId={item.planId} />
            {role === "admin" && (
              <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
                编辑任务
              </Button>
            )}
            {isLeadUnit && (
              <Button
                type="primary"
                icon={<FormOutlined aria-hidden="true" />}
                onClick={() => navigate(`/filing?itemId=${encodeURIComponent(item.id)}`)}
              >
                填报进展
              </Button>
            )}
          </Space>
        }
      >
        <Space size={8} wrap>
          <span>{item.area ?? "未分领域"}</span>
          <Tag>{ITEM_TYPE_NAMES[item.type]}</Tag>
          {item.public && <Tag color="blue">向社会公开</Tag>}
        </Space>
      </PageHeader>

      <Card title="基本情况" className="detail-card">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: "status",
              label: "当前状态",
              children: (
                <div className="detail-status" data-item-status={item.status}>
                  <StatusLight status={item.status} />
                  <span className="detail-status-reason">{item.statusReason}</span>
                </div>
              ),
              span: { xs: 1, md: 2 },
            },
            {
              key: "completion",
              label: "完成进度",
              children: (
                <CompletionBar
                  completion={item.completion}
                  expected={item.expected}
                  colour={lookOfStatus(item.status).colour}
                />
              ),
              span: { xs: 1, md: 2 },
            },
            {
              key: "lead",
              label: "牵头单位",
              children: item.leadUnit ? <UnitTag name={item.leadUnit.name} kind="lead" /> : "待定",
            },
            {
              key: "co",
              label: "配合单位",
              children:
                item.coUnits.length > 0
                  ? item.coUnits.map((unit) => <UnitTag key={unit.id} name={unit.name} kind="co" />)
                  : "无",
            },
            { key: "start", label: "开始日期", children: formatDate(item.startDate) },
            { key: "deadline", label: "完成时限", children: formatDate(item.deadline) },
          ]}
        />
        {item.description && (
          <details className="detail-description">
            <summary>任务内容</summary>
            <p>{item.description.replace(/\*\*/g, "")}</p>
          </details>
        )}
      </Card>

      <Card title="目标完成情况" className="detail-card">
        <ItemTargets targets={item.targets} onShowSource={hasSource ? showSource : undefined} />
      </Card>

      {item.milestones.length > 0 && (
        <Card title="节点安排" className="detail-card">
          <Milestones milestones={item.milestones} />
        </Card>
      )}

      <Card className="detail-card detail-tabs">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: "progress",
              label: `进展填报（${item.progressReports.length}）`,
              children: (
                <ProgressHistory
                  reports={item.progressReports}
                  targets={item.targets}
                  evidenceUrl={api.progress.evidenceUrl}
                />
              ),
            },
            {
              key: "discussion",
              label: `评论与批示（${item.comments.length + item.instructions.length}）`,
              children: <ItemDiscussion item={item} role={role} />,
            },
            {
              key: "reminders",
              label: `催办记录（${item.reminders.length}）`,
              children: <ReminderList reminders={item.reminders} />,
            },
            ...(hasSource
              ? [
                  {
                    key: "source",
                    label: "报告原文",
                    children: <ItemSource planId={item.planId} taskSpan={item.source} focus={focus} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {role === "admin" && (
        <ItemEditDrawer itemId={editing ? item.id : null} onClose={() => setEditing(false)} />
      )}
    </>
  );
}

function Milestones({ milestones }: { milestones: Milestone[] }) {
  return (
    <Table<Milestone>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={milestones}
      columns={[
        { title: "节点", dataIndex: "name", key: "name" },
        { title: "计划完成", key: "due", render: (_, milestone) => formatDate(milestone.due) },
        {
          title: "完成情况",
          key: "done",
          render: (_, milestone) =>
            milestone.done ? (
              <Tag color="success">已完成（{formatDate(milestone.done)}）</Tag>
            ) : (
              <Tag>未完成</Tag>
            ),
        },
      ]}
    />
  );
}

function ReminderList({ reminders }: { reminders: Reminder[] }) {
  if (reminders.length === 0) return <EmptyState description="暂无催办" />;
  return (
    <EntryList
      items={reminders}
      keyOf={(reminder) => reminder.id}
      render={(reminder) => (
        <Entry
          title={
            <Space size={8} wrap>
              <Tag color={reminder.kind === "manual" ? "orange" : "red"}>
                {REMINDER_KIND_WORDS[reminder.kind]}
              </Tag>
              <span>{reminder.unitName}</span>
              <span className="ledger-muted">{formatDateTime(reminder.createdAt)}</span>
            </Space>
          }
        >
          {reminder.message}
        </Entry>
      )}
    />
  );
}
