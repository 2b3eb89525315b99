// 批量分配单位: one lead unit and/or one set of co-units for every selected task.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Modal, Select } from "antd";
import { refreshTracking } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { unitOptions, useUnits } from "./unit-options.js";

interface AssignValues {
  leadUnitId?: string;
  coUnitIds?: string[];
}

export function BulkAssignDialog({
  itemIds,
  onClose,
}: {
  itemIds: string[];
  onClose: (done: boolean) => void;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const units = useUnits();
  const [form] = Form.useForm<AssignValues>();
  const assign = useMutation({
    mutationFn: (values: AssignValues) =>
      api.items.bulkAssign({
        itemIds,
        ...(values.leadUnitId && { leadUnitId: values.leadUnitId }),
        ...(values.coUnitIds?.length && { coUnitIds: values.coUnitIds }),
      }),
    onSuccess: async ({ updated }) => {
      message.success(`已为 ${updated} 项任务分配单位`);
      onClose(true);
      await refreshTracking(queryClient);
    },
  });
  return (
    <Modal
      open
      title={`批量分配单位（已选 ${itemIds.length} 项任务）`}
      okText="确认分配"
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      <Form<AssignValues>
        form={form}
        layout="vertical"
        onFinish={(values) => assign.mutate(values)}
        disabled={assign.isPending}
      >
        <Form.Item label="牵头单位" name="leadUnitId" extra="留空则不改变各任务原有的牵头单位。">
          <Select
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            options={unitOptions(units.data)}
            loading={units.isPending}
          />
        </Form.Item>
        <Form.Item
          label="配合单位"
          name="coUnitIds"
          extra="选择后将替换各任务原有的配合单位；留空则不改变。"
          dependencies={["leadUnitId"]}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value?: string[]) =>
                getFieldValue("leadUnitId") || value?.length
                  ? Promise.resolve()
                  : Promise.reject(new Error("请至少选择牵头单位或配合单位")),
            }),
          ]}
        >
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            options={unitOptions(units.data)}
            loading={units.isPending}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
