// 催办: reminders for every late report and lagging task at one click (a rerun the same day adds
// nothing), a reminder by hand to one unit, and the record of what was sent.
import { BellOutlined, SendOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { Reminder, ReminderInput } from "../api/api-types.js";
import { queryKeys, refreshTracking } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { ErrorState } from "../components/states.js";
import { formatDateTime } from "../format/dates.js";
import { unitOptions, useUnits } from "../tasks/unit-options.js";
import { REMINDER_KIND_WORDS } from "./reminder-words.js";

export function RemindersPanel() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [writing, setWriting] = useState(false);
  const reminders = useQuery({ queryKey: queryKeys.reminders, queryFn: () => api.reminders.list() });
  const automatic = useMutation({
    mutationFn: () => api.reminders.sendAutomatic(),
    onSuccess: async (created) => {
      if (created.length === 0) message.info("没有需要新发的催办：逾期未报和进度滞后的任务今天都已催办过");
      else {
        const units = new Set(created.map((reminder) => reminder.unitId)).size;
        message.success(`已向 ${units} 个单位发出 ${created.length} 条催办`);
      }
      await refreshTracking(queryClient);
    },
  });
  return (
    <div className="reminders-panel">
      <div className="reminders-actions">
        <Space wrap>
          <Button
            type="primary"
            icon={<BellOutlined aria-hidden="true" />}
            onClick={() => automatic.mutate()}
            loading={automatic.isPending}
          >
            一键催办逾期未报和进度滞后的任务
          </Button>
          <Button icon={<SendOutlined aria-hidden="true" />} onClick={() => setWriting(true)}>
            单独催办
          </Button>
        </Space>
        <span className="ledger-muted">催办会显示在承办单位的填报页面上。</span>
      </div>
      {reminders.isError ? (
        <ErrorState error={reminders.error} onRetry={() => reminders.refetch()} />
      ) : (
        <Table<Reminder>
          rowKey="id"
          size="middle"
          loading={reminders.isPending}
          dataSource={reminders.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: "尚未发出催办" }}
          scroll={{ x: 900 }}
          columns={[
            {
              title: "时间",
              key: "at",
              width: 170,
              render: (_, reminder) => formatDateTime(reminder.createdAt),
            },
            { title: "单位", dataIndex: "unitName", key: "unit", width: 160 },
            {
              title: "类型",
              key: "kind",
              width: 110,
              render: (_, reminder) => (
                <Tag color={reminder.kind === "manual" ? "orange" : "red"}>
                  {REMINDER_KIND_WORDS[reminder.kind]}
                </Tag>
              ),
            },
            {
              title: "任务",
              key: "item",
              width: 200,
              render: (_, reminder) =>
                reminder.itemId ? (
                  <Link to={`/tasks/${encodeURIComponent(reminder.itemId)}`}>{reminder.itemTitle}</Link>
                ) : (
                  "—"
                ),
            },
            { title: "内容", dataIndex: "message", key: "message" },
          ]}
        />
      )}
      {writing && <ReminderDialog onClose={() => setWriting(false)} />}
    </div>
  );
}

function ReminderDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const units = useUnits();
  const [form] = Form.useForm<ReminderInput>();
  const unitId = Form.useWatch("unitId", form);
  const items = useQuery({
    queryKey: queryKeys.items({ unitId }),
    queryFn: () => api.items.list({ unitId }),
    enabled: Boolean(unitId),
  });
  const send = useMutation({
    mutationFn: (input: ReminderInput) => api.reminders.send(input),
    onSuccess: async (reminder) => {
      message.success(`已向${reminder.unitName}发出催办`);
      onClose();
      await refreshTracking(queryClient);
    },
  });
  return (
    <Modal
      open
      title="单独催办"
      okText="发出催办"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={send.isPending}
      destroyOnHidden
    >
      <Form<ReminderInput>
        form={form}
        layout="vertical"
        initialValues={{ message: "请尽快报送本期工作进展。" }}
        onFinish={(values) => send.mutate({ ...values, message: values.message.trim() })}
        disabled={send.isPending}
      >
        <Form.Item label="催办单位" name="unitId" rules={[{ required: true, message: "请选择单位" }]}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={unitOptions(units.data)}
            loading={units.isPending}
            onChange={() => form.setFieldValue("itemId", undefined)}
          />
        </Form.Item>
        <Form.Item label="相关任务" name="itemId" extra="可不选，催办针对单位的全部任务。">
          <Select
            allowClear
            disabled={!unitId}
            showSearch={{ optionFilterProp: "label" }}
            loading={Boolean(unitId) && items.isPending}
            options={(items.data ?? []).map((item) => ({ value: item.id, label: item.title }))}
          />
        </Form.Item>
        <Form.Item
          label="催办内容"
          name="message"
          rules={[{ required: true, whitespace: true, message: "请填写催办内容" }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
