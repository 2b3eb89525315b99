// The users table: add an account (the password is shown once), change its name, role and unit,
// stop it, and reset its password. A department account belongs to exactly one active unit.
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from "antd";
import { useState } from "react";
import type { ManagedUser, Role, Unit } from "../api/api-types.js";
import { ROLE_NAMES } from "../app/pages.js";
import { type AdminEndpoints, USERS_KEY } from "./admin-api.js";
import { showServerError } from "./form-errors.js";
import { ActiveWord } from "./units-panel.js";

interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  password?: string;
}

const ROLE_OPTIONS = (["admin", "leader", "unit"] as const).map((role) => ({
  value: role,
  label: ROLE_NAMES[role],
}));

export function UsersPanel({
  api,
  users,
  units,
}: {
  api: AdminEndpoints;
  users: ManagedUser[];
  units: Unit[];
}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ManagedUser | "new" | null>(null);
  const [shownPassword, setShownPassword] = useState<{
    username: string;
    password: string;
    why: string;
  } | null>(null);
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const refresh = () => queryClient.invalidateQueries({ queryKey: USERS_KEY });

  const toggle = useMutation({
    mutationFn: (user: ManagedUser) => api.updateUser(user.id, { active: !user.active }),
    onSuccess: (user) => {
      message.success(user.active ? `已启用账号 ${user.username}` : `已停用账号 ${user.username}`);
      return refresh();
    },
  });
  const reset = useMutation({
    mutationFn: (user: ManagedUser) => api.resetPassword(user.id),
    onSuccess: ({ password }, user) =>
      setShownPassword({
        username: user.username,
        password,
        why: "密码已重置，该用户已登录的会话全部失效。",
      }),
  });

  const columns: TableColumnsType<ManagedUser> = [
    { title: "用户名", dataIndex: "username", width: 140 },
    { title: "姓名", dataIndex: "displayName", width: 200 },
    { title: "角色", dataIndex: "role", width: 110, render: (role: Role) => ROLE_NAMES[role] },
    {
      title: "所属单位",
      dataIndex: "unitId",
      render: (unitId: string | null) => (unitId ? (unitNames.get(unitId) ?? "—") : "—"),
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
      width: 220,
      render: (_, user) => (
        <Space size="small">
          <Button
            type="link"
            size="small"
            onClick={() => setEditing(user)}
            aria-label={`编辑${user.username}`}
          >
            编辑
          </Button>
          <Popconfirm
            title={`重置 ${user.username} 的密码？`}
            description="将生成新密码，旧密码立即失效。"
            okText="重置"
            cancelText="取消"
            onConfirm={() => reset.mutate(user)}
          >
            <Button type="link" size="small" aria-label={`重置${user.username}的密码`}>
              重置密码
            </Button>
          </Popconfirm>
          <Button
            type="link"
            size="small"
            danger={user.active}
            loading={toggle.isPending && toggle.variables?.id === user.id}
            onClick={() => toggle.mutate(user)}
            aria-label={`${user.active ? "停用" : "启用"}${user.username}`}
          >
            {user.active ? "停用" : "启用"}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="admin-toolbar">
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing("new")}>
          新增用户
        </Button>
      </div>
      <Table<ManagedUser>
        className="admin-users"
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={users}
        tableLayout="fixed"
        scroll={{ x: 960 }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 个账号` }}
      />
      {editing && (
        <UserForm
          api={api}
          user={editing === "new" ? null : editing}
          units={units}
          onClose={() => setEditing(null)}
          onSaved={(saved, password) => {
            setEditing(null);
            if (password)
              setShownPassword({
                username: saved.username,
                password,
                why: "账号已创建。请将初始密码告知使用人，并提醒其妥善保管。",
              });
            else message.success(`已保存账号 ${saved.username}`);
            return refresh();
          }}
        />
      )}
      <Modal
        open={shownPassword !== null}
        title="新密码（仅显示这一次）"
        okText="我已记下"
        onOk={() => setShownPassword(null)}
        onCancel={() => setShownPassword(null)}
        cancelButtonProps={{ style: { display: "none" } }}
      >
        {shownPassword && (
          <>
            <p>{shownPassword.why}</p>
            <p>
              用户名：<strong>{shownPassword.username}</strong>
            </p>
            <p>
              密码：
              <Typography.Text code copyable={{ text: shownPassword.password }} data-testid="shown-password">
                {shownPassword.password}
              </Typography.Text>
            </p>
          </>
        )}
      </Modal>
    </>
  );
}

function UserForm({
  api,
  user,
  units,
  onClose,
  onSaved,
}: {
  api: AdminEndpoints;
  user: ManagedUser | null;
  units: Unit[];
  onClose: () => void;
  onSaved: (user: ManagedUser, password: string | null) => Promise<void>;
}) {
  const [form] = Form.useForm<UserFormValues>();
  const role = Form.useWatch("role", form);
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    meta: { showsOwnError: true },
    mutationFn: async (values: UserFormValues): Promise<{ user: ManagedUser; password: string | null }> => {
      const unitId = values.role === "unit" ? (values.unitId ?? null) : null;
      if (user) {
        const saved = await api.updateUser(user.id, {
          displayName: values.displayName.trim(),
          role: values.role,
          unitId,
        });
        return { user: saved, password: null };
      }
      return api.createUser({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        unitId,
        ...(values.password ? { password: values.password } : {}),
      });
    },
    onSuccess: ({ user: saved, password }) => onSaved(saved, password),
    onError: (error) =>
      setFormError(showServerError(form, error, ["username", "displayName", "role", "unitId", "password"])),
  });
  const activeUnits = units.filter((unit) => unit.active || unit.id === user?.unitId);
  return (
    <Modal
      open
      title={user ? `编辑用户：${user.username}` : "新增用户"}
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
      <Form<UserFormValues>
        form={form}
        name="user"
        layout="vertical"
        initialValues={{
          username: user?.username ?? "",
          displayName: user?.displayName ?? "",
          role: user?.role ?? "unit",
          unitId: user?.unitId ?? undefined,
        }}
        onFinish={(values) => {
          setFormError(null);
          save.mutate(values);
        }}
      >
        <Form.Item
          label="用户名"
          name="username"
          extra={user ? "用户名创建后不能修改" : "登录时使用：字母、数字、点、下划线或连字符"}
          rules={[
            { required: true, message: "请输入用户名" },
            { min: 2, max: 64, message: "用户名为 2 到 64 个字符" },
            { pattern: /^[A-Za-z0-9._-]+$/, message: "用户名只能包含字母、数字、点、下划线和连字符" },
          ]}
        >
          <Input autoFocus={!user} disabled={user !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}
        >
          <Input autoFocus={user !== null} />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: "请选择角色" }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        {role === "unit" && (
          <Form.Item
            label="所属单位"
            name="unitId"
            rules={[{ required: true, message: "承办单位的账号必须指定所属单位" }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              placeholder="选择单位"
              options={activeUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          </Form.Item>
        )}
        {!user && (
          <Form.Item
            label="初始密码"
            name="password"
            extra="留空则由系统生成，保存后显示一次"
            rules={[{ min: 8, message: "密码至少 8 位" }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
