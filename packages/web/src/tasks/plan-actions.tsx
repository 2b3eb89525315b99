// Publishing the ledger as the official 分解方案 (version 1, then 2, …) and its publication history.
import { HistoryOutlined, SendOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Space, Tag } from "antd";
import { useState } from "react";
import type { PlanSummary, PlanVersion } from "../api/api-types.js";
import { queryKeys, refreshTracking } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { Entry, EntryList } from "../components/entry-list.js";
import { ErrorState, PageLoading } from "../components/states.js";
import { formatDateTime } from "../format/dates.js";

export function PlanStateTag({ plan }: { plan: PlanSummary }) {
  return plan.state === "published" ? (
    <Tag color="success">已发布 · 第 {plan.version} 版</Tag>
  ) : (
    <Tag color="warning">草稿 · 未发布</Tag>
  );
}

export function PlanActions({ plan, canPublish }: { plan: PlanSummary; canPublish: boolean }) {
  const [publishing, setPublishing] = useState(false);
  const [showingVersions, setShowingVersions] = useState(false);
  return (
    <Space wrap>
      {plan.version > 0 && (
        <Button icon={<HistoryOutlined aria-hidden="true" />} onClick={() => setShowingVersions(true)}>
          发布记录
        </Button>
      )}
      {canPublish && (
        <Button type="primary" icon={<SendOutlined aria-hidden="true" />} onClick={() => setPublishing(true)}>
          {plan.state === "draft" ? "发布分解方案" : "发布新版本"}
        </Button>
      )}
      {publishing && <PublishDialog plan={plan} onClose={() => setPublishing(false)} />}
      {showingVersions && <VersionsDialog plan={plan} onClose={() => setShowingVersions(false)} />}
    </Space>
  );
}

function PublishDialog({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const publish = useMutation({
    mutationFn: (note: string) => api.plans.publish(plan.id, note),
    onSuccess: async ({ plan: published }) => {
      message.success(`已发布“${published.title}”第 ${published.version} 版，承办单位现在可以填报`);
      onClose();
      await refreshTracking(queryClient);
    },
  });
  return (
    <Modal
      open
      title={plan.state === "draft" ? "发布分解方案" : "发布新版本"}
      okText="确认发布"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={publish.isPending}
      destroyOnHidden
    >
      <p>
        发布后，各承办单位即可看到本单位的任务并开始填报；
        {plan.state === "draft"
          ? "这是第 1 版。"
          : `这将是第 ${plan.version + 1} 版，系统会记录与上一版相比的变更。`}
      </p>
      <Form form={form} layout="vertical" onFinish={({ note }) => publish.mutate(note ?? "")}>
        <Form.Item label="发布说明" name="note" rules={[{ max: 2000, message: "发布说明不能超过 2000 字" }]}>
          <Input.TextArea rows={3} placeholder="例如：经区政府常务会议研究通过" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const CHANGE_WORDS: Record<PlanVersion["changes"][number]["kind"], string> = {
  added: "新增",
  removed: "删除",
  changed: "修改",
};

function VersionsDialog({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const api = useApi();
  const versions = useQuery({
    queryKey: queryKeys.planVersions(plan.id),
    queryFn: () => api.plans.versions(plan.id),
  });
  return (
    <Modal open title="发布记录" footer={null} onCancel={onClose} width={640}>
      {versions.isPending ? (
        <PageLoading />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
      ) : (
        <EntryList
          items={[...versions.data].reverse()}
          keyOf={(version) => version.version}
          render={(version) => (
            <Entry
              title={`第 ${version.version} 版 · ${formatDateTime(version.publishedAt)} · ${version.publishedByName}`}
            >
              {version.note && <p className="version-note">{version.note}</p>}
              {version.changes.length === 0 ? (
                version.version === 1 ? (
                  "首次发布"
                ) : (
                  "与上一版相比没有变更"
                )
              ) : (
                <ul className="version-changes">
                  {version.changes.map((change) => (
                    <li key={`${change.kind}-${change.itemId}`}>
                      {CHANGE_WORDS[change.kind]}：{change.title}
                    </li>
                  ))}
                </ul>
              )}
            </Entry>
          )}
        />
      )}
    </Modal>
  );
}
