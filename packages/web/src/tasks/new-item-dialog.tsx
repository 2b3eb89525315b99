// 新增任务: the office adds a task the report did not yield (or one assigned later) to a plan by
// hand; the edit drawer then opens on it for its targets and milestones.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, AutoComplete, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { ItemDetail, ItemType, PlanSummary } from "../api/api-types.js";
import { refreshTracking } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { ITEM_TYPE_NAMES } from "./ledger-filter.js";
import { unitOptions, useUnits } from "./unit-options.js";

interface NewItemValues {
  title: string;
  area?: string;
  type: ItemType;
  leadUnitId?: string;
  deadline: Dayjs;
}

export function NewItemDialog({
  plan,
  areas,
  onClose,
}: {
  plan: PlanSummary;
  areas: readonly string[];
  /** Called with the new task, or null when the dialog was cancelled. */
  onClose: (created: ItemDetail | null) => void;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const units = useUnits();
  const [form] = Form.useForm<NewItemValues>();
  const create = useMutation({
    mutationFn: (values: NewItemValues) =>
      api.items.create({
        planId: plan.id,
        title: values.title.trim(),
        area: values.area?.trim() || null,
        type: values.type,
        leadUnitId: values.leadUnitId ?? null,
        deadline: values.deadline.format("YYYY-MM-DD"),
      }),
    onSuccess: async (created) => {
      message.success(`已新增任务“${created.title}”，可继续填写具体目标和节点`);
      onClose(created);
      await refreshTracking(queryClient);
    },
  });
  return (
    <Modal
      open
      title="新增任务"
      okText="确认新增"
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <p className="ledger-muted">
        新增到“{plan.title}”。
        {plan.state === "published" ? "计划已发布，新增的任务在下次“发布新版本”时记入变更。" : ""}
      </p>
      <Form<NewItemValues>
        form={form}
        layout="vertical"
        className="new-item-form"
        initialValues={{ type: "task", deadline: dayjs(`${plan.year}-12-31`) }}
        onFinish={(values) => create.mutate(values)}
        disabled={create.isPending}
      >
        <Form.Item
          label="任务名称"
          name="title"
          rules={[{ required: true, whitespace: true, message: "请填写任务名称" }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label="工作领域" name="area">
          <AutoComplete
            options={areas.map((area) => ({ value: area }))}
            showSearch={{
              filterOption: (input, option) => String(option?.value ?? "").includes(input.trim()),
            }}
            maxLength={200}
          />
        </Form.Item>
        <Form.Item label="任务类型" name="type">
          <Select options={Object.entries(ITEM_TYPE_NAMES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="牵头单位" name="leadUnitId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            options={unitOptions(units.data)}
            loading={units.isPending}
            placeholder="待定"
          />
        </Form.Item>
        <Form.Item label="完成时限" name="deadline" rules={[{ required: true, message: "请选择完成时限" }]}>
          <DatePicker format="YYYY年M月D日" allowClear={false} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
