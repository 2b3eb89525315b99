// Comments (督查室, leaders) and instructions (批示, leaders only) on a task; departments read them.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Space, Tag } from "antd";
import type { ItemComment, ItemDetail, Role } from "../api/api-types.js";
import { queryKeys, refreshTracking } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { Entry, EntryList } from "../components/entry-list.js";
import { EmptyState } from "../components/states.js";
import { formatDateTime } from "../format/dates.js";

export function ItemDiscussion({ item, role }: { item: ItemDetail; role: Role }) {
  const entries = [...item.instructions, ...item.comments].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <div className="item-discussion">
      {role !== "unit" && <DiscussionForm itemId={item.id} role={role} />}
      {entries.length === 0 ? (
        <EmptyState description="暂无评论和批示" />
      ) : (
        <EntryList
          items={entries}
          keyOf={(entry) => entry.id}
          render={(entry) => <DiscussionEntry entry={entry} />}
        />
      )}
    </div>
  );
}

function DiscussionEntry({ entry }: { entry: ItemComment }) {
  const instruction = entry.kind === "instruction";
  return (
    <Entry
      className={instruction ? "discussion-instruction" : "discussion-comment"}
      title={
        <Space size={8} wrap>
          <Tag color={instruction ? "volcano" : "default"}>{instruction ? "领导批示" : "评论"}</Tag>
          <span>{entry.authorName}</span>
          <span className="ledger-muted">{formatDateTime(entry.createdAt)}</span>
        </Space>
      }
    >
      <p className="discussion-body">{entry.body}</p>
    </Entry>
  );
}

function DiscussionForm({ itemId, role }: { itemId: string; role: Role }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const post = useMutation({
    mutationFn: (input: { kind: ItemComment["kind"]; body: string }) => api.items.comment(itemId, input),
    onSuccess: async (entry) => {
      message.success(entry.kind === "instruction" ? "批示已发送" : "评论已发表");
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: queryKeys.item(itemId) });
      await refreshTracking(queryClient);
    },
  });
  const submit = (kind: ItemComment["kind"]) =>
    form.validateFields().then(
      ({ body }) => post.mutate({ kind, body: body.trim() }),
      () => undefined,
    );
  return (
    <Form form={form} layout="vertical" className="discussion-form" disabled={post.isPending}>
      <Form.Item
        label={role === "leader" ? "评论或批示" : "评论"}
        name="body"
        rules={[{ required: true, whitespace: true, message: "请填写内容" }]}
      >
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      <Space>
        {role === "leader" && (
          <Button type="primary" onClick={() => submit("instruction")} loading={post.isPending}>
            作出批示
          </Button>
        )}
        <Button type={role === "leader" ? "default" : "primary"} onClick={() => submit("comment")}>
          发表评论
        </Button>
      </Space>
    </Form>
  );
}
