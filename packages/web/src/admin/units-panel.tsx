// The units table: add, rename, edit keywords, stop and restart a unit. A stopped unit keeps its
// history but is no longer offered for new assignments.
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Form, Input, Modal, Space, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import type { Unit } from "../api/api-types.js";
import { type AdminEndpoints, parseKeywords, UNITS_KEY, USERS_KEY } from "./admin-api.js";
import { showServerError } from "./form-errors.js";

interface UnitFormValues {
  name: string;
  keywords: string;
}

const SHOWN_KEYWORDS = 6;

export function UnitsPanel({ api, units }: { api: AdminEndpoints; units: Unit[] }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Unit | "new" | null>(null);
  const toggle = useMutation({
    mutationFn: (unit: Unit) => api.updateUnit(unit.id, { active: !unit.active }),
    onSuccess: (unit) => {
      message.success(unit.active ? `已启用“${unit.name}”` : `已停用“${unit.name}”`);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: UNITS_KEY }),
        queryClient.invalidateQueries({ queryKey: USERS_KEY }),
      ]);
    },
  });

  const columns: TableColumnsType<Unit> = [
    { title: "序号", key: "order", width: 64, align: "center", render: (_, _unit, index) => index + 1 },
    { title: "单位名称", dataIndex: "name", width: 220 },
    {
      title: "关键词",
      dataIndex: "keywords",
      render: (keywords: string[]) =>
        keywords.length === 0 ? (
          <span className="admin-muted">未设置</span>
        ) : (
          <span className="admin-keywords">
            {keywords.slice(0, SHOWN_KEYWORDS).map((word) => (
              <Tag key={word}>{word}</Tag>
            ))}
            {keywords.length > SHOWN_KEYWORDS && <span className="admin-muted">等 {keywords.length} 个</span>}
          </span>
        ),
    },
    {
      title: "状态",
      dataIndex: "active",
      width: 90,
      render: (active: boolean) => <ActiveWord active={active} />,
    },
    {
      title: "操作",
      key: "actions",
      width: 140,
      render: (_, unit) => (
        <Space size="small">
          <Button type="link" size="small" onClick={() => setEditing(unit)} aria-label={`编辑${unit.name}`}>
            编辑
          </Button>
          <Button
            type="link"
            size="small"
            danger={unit.active}
            loading={toggle.isPending && toggle.variables?.id === unit.id}
            onClick={() => toggle.mutate(unit)}
            aria-label={`${unit.active ? "停用" : "启用"}${unit.name}`}
          >
            {unit.active ? "停用" : "启用"}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="admin-toolbar">
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing("new")}>
          新增单位
        </Button>
      </div>
      <Table<Unit>
        className="admin-units"
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={units}
        tableLayout="fixed"
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 个单位` }}
      />
      {editing && (
        <UnitForm
          api={api}
          unit={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(unit) => {
            message.success(editing === "new" ? `已新增“${unit.name}”` : `已保存“${unit.name}”`);
            setEditing(null);
            return queryClient.invalidateQueries({ queryKey: UNITS_KEY });
          }}
        />
      )}
    </>
  );
}

function UnitForm({
  api,
  unit,
  onClose,
  onSaved,
}: {
  api: AdminEndpoints;
  unit: Unit | null;
  onClose: () => void;
  onSaved: (unit: Unit) => Promise<void>;
}) {
  const [form] = Form.useForm<UnitFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    meta: { showsOwnError: true },
    mutationFn: (values: UnitFormValues) => {
      const body = { name: values.name.trim(), keywords: parseKeywords(values.keywords ?? "") };
      return unit ? api.updateUnit(unit.id, body) : api.createUnit(body);
    },
    onSuccess: onSaved,
    onError: (error) => setFormError(showServerError(form, error, ["name", "keywords"])),
  });
  return (
    <Modal
      open
      title={unit ? `编辑单位：${unit.name}` : "新增单位"}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && (
        <Alert type="error" showIcon title={formError} className="admin-form-alert" role="alert" />
      )}
      <Form<UnitFormValues>
        form={form}
        name="unit"
        layout="vertical"
        initialValues={{ name: unit?.name ?? "", keywords: unit?.keywords.join("、") ?? "" }}
        onFinish={(values) => {
          setFormError(null);
          save.mutate(values);
        }}
      >
        <Form.Item
          label="单位名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: "请输入单位名称" },
            { max: 100, message: "单位名称不能超过 100 个字" },
          ]}
        >
          <Input autoFocus placeholder="如：发展和改革委员会" />
        </Form.Item>
        <Form.Item
          label="关键词"
          name="keywords"
          extra="用顿号、逗号或空格分隔。报告中的任务提到这些词时，导入会建议由该单位牵头或配合。"
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder="如：重点项目、固定资产投资、物流"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ActiveWord({ active }: { active: boolean }) {
  return active ? (
    <Tag color="green" className="admin-active" data-active="true">
      启用
    </Tag>
  ) : (
    <Tag className="admin-active" data-active="false">
      停用
    </Tag>
  );
}
