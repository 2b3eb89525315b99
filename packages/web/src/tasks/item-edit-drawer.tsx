// 编辑任务: the office edits a task in a drawer beside the ledger. The edit carries the version it
// was based on; if someone saved in between, the server refuses it (409) and the drawer reloads. A
// task without history (no report, no comment) can be deleted here, after a confirmation.
import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Form,
  type FormListFieldData,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
} from "antd";
import { type ReactNode, useId } from "react";
import type { ItemDetail } from "../api/api-types.js";
import { ApiError } from "../api/http-client.js";
import { queryKeys, refreshTracking } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { ErrorState, PageLoading } from "../components/states.js";
import { type ItemFormValues, itemFormValues, itemPatchFrom } from "./item-form.js";
import { ITEM_TYPE_NAMES } from "./ledger-filter.js";
import { COMPARATOR_CHOICES } from "./target-words.js";
import { unitOptions, useUnits } from "./unit-options.js";

const DATE_FORMAT = "YYYY年M月D日";

export function ItemEditDrawer({ itemId, onClose }: { itemId: string | null; onClose: () => void }) {
  const api = useApi();
  const item = useQuery({
    queryKey: queryKeys.item(itemId ?? ""),
    queryFn: () => api.items.get(itemId!),
    enabled: itemId !== null,
  });
  return (
    <Drawer
      title="编辑任务"
      open={itemId !== null}
      onClose={onClose}
      size={760}
      destroyOnHidden
      className="item-edit-drawer"
    >
      {item.isPending ? (
        <PageLoading />
      ) : item.isError ? (
        <ErrorState error={item.error} onRetry={() => item.refetch()} />
      ) : (
        // Keyed by version so that a reload after a conflict refills the form.
        <ItemEditForm key={`${item.data.id}:${item.data.version}`} item={item.data} onDone={onClose} />
      )}
    </Drawer>
  );
}

function ItemEditForm({ item, onDone }: { item: ItemDetail; onDone: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const units = useUnits();
  const [form] = Form.useForm<ItemFormValues>();
  const formId = useId();
  const assigned = [item.leadUnit?.id ?? "", ...item.coUnits.map((unit) => unit.id)];
  const options = unitOptions(units.data, assigned);

  const hasHistory =
    item.progressReports.length > 0 || item.comments.length > 0 || item.instructions.length > 0;
  const remove = useMutation({
    mutationFn: () => api.items.remove(item.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: queryKeys.item(item.id) });
      message.success(`已删除“${item.title}”`);
      onDone();
      await refreshTracking(queryClient);
    },
  });
  const confirmRemove = () =>
    modal.confirm({
      title: `删除任务“${item.title}”？`,
      content: "删除后不能恢复。只有尚无进展报告和评论的任务可以删除，删除操作记入审计日志。",
      okText: "确认删除",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: () => remove.mutateAsync(),
    });

  const save = useMutation({
    mutationFn: (values: ItemFormValues) => api.items.update(item.id, itemPatchFrom(item, values)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.item(saved.id), saved);
      message.success(`已保存“${saved.title}”`);
      onDone();
      await refreshTracking(queryClient);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === "STALE_VERSION")
        await queryClient.invalidateQueries({ queryKey: queryKeys.item(item.id) });
    },
  });

  return (
    <Form<ItemFormValues>
      form={form}
      id={formId}
      layout="vertical"
      initialValues={itemFormValues(item)}
      onFinish={(values) => save.mutate(values)}
      disabled={save.isPending}
      scrollToFirstError
    >
      <Form.Item
        label="任务名称"
        name="title"
        rules={[{ required: true, whitespace: true, message: "请填写任务名称" }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item label="工作领域" name="area">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="任务类型" name="type">
            <Select options={Object.entries(ITEM_TYPE_NAMES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="牵头单位" name="leadUnitId">
            <Select
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              options={options}
              placeholder="待定"
              loading={units.isPending}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="配合单位" name="coUnitIds">
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              options={options}
              loading={units.isPending}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="完成时限" name="deadline" rules={[{ required: true, message: "请选择完成时限" }]}>
            <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="向社会公开" name="public" valuePropName="checked">
            <Switch checkedChildren="公开" unCheckedChildren="不公开" />
          </Form.Item>
        </Col>
      </Row>

      <EditableRows
        legend="具体目标"
        name="targets"
        rowName="指标"
        newRow={{ metric: "", unit: "", comparator: "gte" }}
        fields={(field, index) => (
          <>
            <Col flex="1 1 0" style={{ minWidth: 0 }}>
              <Form.Item
                label={`指标 ${index + 1}`}
                name={[field.name, "metric"]}
                rules={[{ required: true, whitespace: true, message: "请填写指标名称" }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col flex="0 0 120px">
              <Form.Item
                label="目标值"
                name={[field.name, "targetValue"]}
                rules={[{ required: true, message: "请填写目标值" }]}
              >
                <InputNumber style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col flex="0 0 80px">
              <Form.Item label="单位" name={[field.name, "unit"]}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col flex="0 0 130px">
              <Form.Item label="比较" name={[field.name, "comparator"]}>
                <Select options={COMPARATOR_CHOICES} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </>
        )}
      />

      <EditableRows
        legend="节点安排"
        name="milestones"
        rowName="节点"
        newRow={{ done: null }}
        fields={(field, index) => (
          <>
            <Col flex="1 1 0" style={{ minWidth: 0 }}>
              <Form.Item
                label={`节点 ${index + 1}`}
                name={[field.name, "name"]}
                rules={[{ required: true, whitespace: true, message: "请填写节点名称" }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col flex="0 0 170px">
              <Form.Item
                label="计划完成"
                name={[field.name, "due"]}
                rules={[{ required: true, message: "请选择日期" }]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col flex="0 0 170px">
              <Form.Item label="实际完成" name={[field.name, "done"]}>
                <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} placeholder="未完成" />
              </Form.Item>
            </Col>
          </>
        )}
      />

      <Form.Item label="任务内容" name="description">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
      </Form.Item>
      <Form.Item
        label="公开的进展说明"
        name="publicProgress"
        extra="显示在政务公开页面上，请勿包含内部信息。"
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <div className="item-edit-actions">
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存
          </Button>
          <Button onClick={onDone} disabled={false}>
            取消
          </Button>
        </Space>
        <Space>
          {hasHistory && <span className="ledger-muted">已有进展报告或评论，不能删除</span>}
          <Button
            danger
            icon={<DeleteOutlined aria-hidden="true" />}
            disabled={hasHistory || remove.isPending}
            onClick={confirmRemove}
          >
            删除任务
          </Button>
        </Space>
      </div>
    </Form>
  );
}

/** A fieldset of rows the user adds and removes (targets, milestones), each row's fields given. */
function EditableRows(props: {
  legend: string;
  name: "targets" | "milestones";
  /** What one row is, for its labels: 添加指标, 删除指标 2. */
  rowName: string;
  newRow: Record<string, unknown>;
  fields: (field: FormListFieldData, index: number) => ReactNode;
}) {
  return (
    <fieldset className="form-fieldset">
      <legend>{props.legend}</legend>
      <Form.List name={props.name}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((field, index) => (
              <Row key={field.key} gutter={8} align="top" className="form-list-row">
                {props.fields(field, index)}
                <Col flex="0 0 32px">
                  <Button
                    type="text"
                    className="form-list-remove"
                    icon={<MinusCircleOutlined aria-hidden="true" />}
                    aria-label={`删除${props.rowName} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => add(props.newRow)}
            >
              添加{props.rowName}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
