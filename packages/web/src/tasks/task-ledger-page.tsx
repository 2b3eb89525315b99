// 任务台账: the plan's tasks grouped by work area, filtered by area, unit, status, type and search (all
// in the URL, so the dashboard links here), with bulk assignment, tasks added by hand, editing (and
// deleting) in a drawer and publishing.
import { PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Select, Space } from "antd";
import { type Key, type ReactNode, useId, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import type { ItemFilter, PlanSummary } from "../api/api-types.js";
import { queryKeys } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { useSession } from "../auth/session.js";
import { PageHeader } from "../components/page-header.js";
import { EmptyState, ErrorState, PageLoading } from "../components/states.js";
import { STATUS_LOOKS } from "../status/item-status.js";
import { BulkAssignDialog } from "./bulk-assign-dialog.js";
import { ItemEditDrawer } from "./item-edit-drawer.js";
import { ITEM_TYPE_NAMES, isFiltered, readLedgerFilter, writeLedgerFilter } from "./ledger-filter.js";
import { groupByArea, NO_AREA, selectedTaskIds } from "./ledger-rows.js";
import { LedgerTable } from "./ledger-table.js";
import { NewItemDialog } from "./new-item-dialog.js";
import { PlanActions, PlanStateTag } from "./plan-actions.js";
import "./tasks.css";
import { unitOptions, useUnits } from "./unit-options.js";

export function TaskLedgerPage() {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const filter = readLedgerFilter(params);
  const plans = useQuery({ queryKey: queryKeys.plans, queryFn: () => api.plans.list() });
  const role = useSession().data?.user.role;
  // The office works on the newest plan, even a draft; leaders read the newest published one.
  const plan =
    plans.data?.find((entry) => entry.id === filter.planId) ??
    (role === "admin" ? undefined : plans.data?.find((entry) => entry.state === "published")) ??
    plans.data?.[0];

  if (plans.isPending) return <LedgerFrame>{<PageLoading />}</LedgerFrame>;
  if (plans.isError)
    return (
      <LedgerFrame>
        <ErrorState error={plans.error} onRetry={() => plans.refetch()} />
      </LedgerFrame>
    );
  if (!plan)
    return (
      <LedgerFrame>
        <EmptyState description="还没有导入政府工作报告。请先在“导入报告”中导入，系统会生成任务台账草稿。" />
      </LedgerFrame>
    );

  const setFilter = (change: Partial<ItemFilter>) =>
    setParams(writeLedgerFilter({ ...filter, ...change, planId: plan.id }), { replace: true });
  return <PlanLedger plans={plans.data} plan={plan} filter={filter} onFilter={setFilter} />;
}

function LedgerFrame({
  children,
  plan,
  extra,
}: {
  children: ReactNode;
  plan?: PlanSummary;
  extra?: ReactNode;
}) {
  return (
    <>
      <PageHeader title="任务台账" extra={extra}>
        {plan && (
          <>
            {plan.title} <PlanStateTag plan={plan} />
          </>
        )}
      </PageHeader>
      {children}
    </>
  );
}

function PlanLedger({
  plans,
  plan,
  filter,
  onFilter,
}: {
  plans: PlanSummary[];
  plan: PlanSummary;
  filter: ItemFilter;
  onFilter: (change: Partial<ItemFilter>) => void;
}) {
  const api = useApi();
  const role = useSession().data?.user.role;
  const editable = role === "admin";
  const units = useUnits();
  const [selectedKeys, setSelectedKeys] = useState<Key[]>([]);
  const [assigning, setAssigning] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  // The whole plan gives the filter's areas; the filtered list is asked of the server, whose
  // status and unit rules are the ones that count.
  const planFilter = { planId: plan.id };
  const query = { ...filter, planId: plan.id };
  const filtered = isFiltered(filter);
  const allItems = useQuery({
    queryKey: queryKeys.items(planFilter),
    queryFn: () => api.items.list(planFilter),
  });
  const filteredItems = useQuery({
    queryKey: queryKeys.items(query),
    queryFn: () => api.items.list(query),
    enabled: filtered,
    placeholderData: keepPreviousData,
  });
  const items = filtered ? filteredItems : allItems;
  const numbers = useMemo(
    () => new Map((allItems.data ?? []).map((item, index) => [item.id, index + 1])),
    [allItems.data],
  );
  const areas = useMemo(() => groupByArea(items.data ?? [], numbers), [items.data, numbers]);
  const areaNames = useMemo(() => groupByArea(allItems.data ?? []).map((row) => row.area), [allItems.data]);
  const selectedIds = selectedTaskIds(selectedKeys);

  const unassigned = (allItems.data ?? []).filter((item) => !item.leadUnit).length;
  return (
    <LedgerFrame plan={plan} extra={<PlanActions plan={plan} canPublish={editable} />}>
      {plan.state === "draft" && editable && (
        <Alert
          type="info"
          showIcon
          className="ledger-alert"
          title="这是导入报告后生成的台账草稿"
          description={`请核对每项任务的目标、牵头单位和完成时限${unassigned > 0 ? `（还有 ${unassigned} 项任务没有牵头单位）` : ""}，确认后点击“发布分解方案”，承办单位即可开始填报。`}
        />
      )}
      <Card className="ledger-filters" size="small">
        <LedgerFilters
          plans={plans}
          plan={plan}
          filter={filter}
          areas={areaNames}
          unitChoices={unitOptions(units.data, filter.unitId ? [filter.unitId] : [])}
          onFilter={(change) => {
            setSelectedKeys([]);
            onFilter(change);
          }}
        />
      </Card>
      {editable && (
        <div className="ledger-toolbar" aria-live="polite">
          <span>
            {items.data
              ? `共 ${items.data.length} 项任务${filtered ? "（已筛选）" : ""}${selectedIds.length > 0 ? `，已选 ${selectedIds.length} 项` : ""}`
              : ""}
          </span>
          <Space>
            <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => setAdding(true)}>
              新增任务
            </Button>
            <Button disabled={selectedIds.length === 0} onClick={() => setAssigning(true)}>
              批量分配单位
            </Button>
            {selectedIds.length > 0 && <Button onClick={() => setSelectedKeys([])}>取消选择</Button>}
          </Space>
        </div>
      )}
      {items.isError ? (
        <ErrorState error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <LedgerTable
          areas={areas}
          loading={items.isPending || (filtered && filteredItems.isPlaceholderData)}
          editable={editable}
          selectedKeys={selectedKeys}
          onSelect={setSelectedKeys}
          onEdit={setEditing}
          collapsed={collapsed}
          onToggleArea={(key, expanded) =>
            setCollapsed((previous) => {
              const next = new Set(previous);
              if (expanded) next.delete(key);
              else next.add(key);
              return next;
            })
          }
        />
      )}
      {assigning && (
        <BulkAssignDialog
          itemIds={selectedIds}
          onClose={(done) => {
            setAssigning(false);
            if (done) setSelectedKeys([]);
          }}
        />
      )}
      {adding && (
        <NewItemDialog
          plan={plan}
          areas={areaNames.filter((area) => area !== NO_AREA)}
          onClose={(created) => {
            setAdding(false);
            if (created) setEditing(created.id);
          }}
        />
      )}
      <ItemEditDrawer itemId={editing} onClose={() => setEditing(null)} />
    </LedgerFrame>
  );
}

function LedgerFilters({
  plans,
  plan,
  filter,
  areas,
  unitChoices,
  onFilter,
}: {
  plans: PlanSummary[];
  plan: PlanSummary;
  filter: ItemFilter;
  areas: string[];
  unitChoices: { value: string; label: string }[];
  onFilter: (change: Partial<ItemFilter>) => void;
}) {
  const ids = { plan: useId(), area: useId(), unit: useId(), status: useId(), type: useId(), q: useId() };
  // Search is applied on Enter or the search button; typing alone does not query the server.
  const [search, setSearch] = useState(filter.q ?? "");
  return (
    <Form layout="inline" className="ledger-filter-form" onSubmitCapture={(event) => event.preventDefault()}>
      {plans.length > 1 && (
        <Form.Item label="计划" htmlFor={ids.plan}>
          <Select
            id={ids.plan}
            value={plan.id}
            style={{ width: 260 }}
            options={plans.map((entry) => ({
              value: entry.id,
              label: `${entry.title}${entry.state === "draft" ? "（草稿）" : ""}`,
            }))}
            onChange={(planId: string) => onFilter({ planId, area: undefined })}
          />
        </Form.Item>
      )}
      <Form.Item label="工作领域" htmlFor={ids.area}>
        <Select
          id={ids.area}
          allowClear
          placeholder="全部"
          style={{ width: 230 }}
          value={filter.area}
          options={areas.filter((area) => area !== NO_AREA).map((area) => ({ value: area, label: area }))}
          onChange={(area?: string) => onFilter({ area })}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label="责任单位" htmlFor={ids.unit}>
        <Select
          id={ids.unit}
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder="全部"
          style={{ width: 180 }}
          value={filter.unitId}
          options={unitChoices}
          onChange={(unitId?: string) => onFilter({ unitId })}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label="状态" htmlFor={ids.status}>
        <Select
          id={ids.status}
          allowClear
          placeholder="全部"
          style={{ width: 120 }}
          value={filter.status}
          options={Object.entries(STATUS_LOOKS).map(([value, look]) => ({ value, label: look.label }))}
          onChange={(status?: ItemFilter["status"]) => onFilter({ status })}
        />
      </Form.Item>
      <Form.Item label="类型" htmlFor={ids.type}>
        <Select
          id={ids.type}
          allowClear
          placeholder="全部"
          style={{ width: 130 }}
          value={filter.type}
          options={Object.entries(ITEM_TYPE_NAMES).map(([value, label]) => ({ value, label }))}
          onChange={(type?: ItemFilter["type"]) => onFilter({ type })}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label="搜索" htmlFor={ids.q}>
        <Input.Search
          id={ids.q}
          allowClear
          placeholder="任务名称或内容"
          style={{ width: 220 }}
          value={search}
          maxLength={100}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(q) => onFilter({ q: q.trim() || undefined })}
        />
      </Form.Item>
      {isFiltered(filter) && (
        <Form.Item>
          <Button
            onClick={() => {
              setSearch("");
              onFilter({
                area: undefined,
                unitId: undefined,
                status: undefined,
                type: undefined,
                q: undefined,
              });
            }}
          >
            清除筛选
          </Button>
        </Form.Item>
      )}
    </Form>
  );
}
