// The draft task ledger beside the report: tasks grouped by work area, each with its targets,
// suggested units and deadline. Selecting a task shades its sentences in the report.
import type { Fact, ReadReportResult, Task } from "@luoshi/report";
import { Card, Tag } from "antd";
import { EmptyState } from "../components/states.js";
import { UnitTag } from "../components/unit-tag.js";
import { formatDate } from "../format/dates.js";

interface DraftLedgerProps {
  reading: ReadReportResult;
  selectedTaskId: string | null;
  onSelectTask: (task: Task) => void;
  onShowFact: (factId: string) => void;
}

const HEADLINE_AREA = "主要预期目标";
const NO_AREA = "其他任务";

export function DraftLedger({ reading, selectedTaskId, onSelectTask, onShowFact }: DraftLedgerProps) {
  const factsById = new Map(reading.facts.map((fact) => [fact.id, fact]));
  if (reading.tasks.length === 0) {
    return (
      <Card title="任务台账草稿" className="draft-ledger">
        <EmptyState description="未从报告中识别出重点任务。导入后可在任务台账中手工添加。" />
      </Card>
    );
  }
  return (
    <Card
      title="任务台账草稿"
      extra={<span>共 {reading.tasks.length} 项任务</span>}
      className="draft-ledger"
      styles={{ body: { padding: 0 } }}
    >
      {groupByArea(reading.tasks).map(([area, tasks]) => (
        <section key={area} className="draft-ledger-area" aria-label={area}>
          <h3 className="draft-ledger-area-title">{area}</h3>
          <ul className="draft-ledger-tasks">
            {tasks.map((task) => (
              <li
                key={task.id}
                className={task.id === selectedTaskId ? "draft-task draft-task-selected" : "draft-task"}
                data-task-id={task.id}
              >
                <TaskEntry
                  task={task}
                  factsById={factsById}
                  onSelectTask={onSelectTask}
                  onShowFact={onShowFact}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Card>
  );
}

function TaskEntry({
  task,
  factsById,
  onSelectTask,
  onShowFact,
}: {
  task: Task;
  factsById: Map<string, Fact>;
  onSelectTask: (task: Task) => void;
  onShowFact: (factId: string) => void;
}) {
  const targets = task.targetFactIds.flatMap((id) => factsById.get(id) ?? []);
  return (
    <div className="draft-task-body">
      <button type="button" className="link-button draft-task-title" onClick={() => onSelectTask(task)}>
        {task.title}
      </button>
      {targets.length > 0 && (
        <div className="draft-task-targets">
          <span className="draft-task-label">目标：</span>
          {targets.map((fact) => (
            <Tag key={fact.id} color="gold" className="draft-task-target">
              <button type="button" className="link-button" onClick={() => onShowFact(fact.id)}>
                {fact.metric ? `${fact.metric} ` : ""}
                {fact.quote}
              </button>
            </Tag>
          ))}
        </div>
      )}
      <div className="draft-task-meta">
        {task.leadUnit ? <UnitTag name={task.leadUnit.unit} kind="lead" /> : <Tag>牵头单位待定</Tag>}
        {task.coUnits.map((unit) => (
          <UnitTag key={unit.unit} name={unit.unit} kind="co" />
        ))}
        <span className="draft-task-deadline">完成时限：{formatDate(task.deadline)}</span>
      </div>
    </div>
  );
}

function groupByArea(tasks: readonly Task[]): [string, Task[]][] {
  const groups = new Map<string, Task[]>();
  for (const task of tasks) {
    const area = task.kind === "headline" ? HEADLINE_AREA : (task.area ?? NO_AREA);
    const group = groups.get(area);
    if (group) group.push(task);
    else groups.set(area, [task]);
  }
  return [...groups];
}
