// The frame of every logged-in page, after the convention of government admin systems: a side menu
// by role, a header with the organisation, the user and 退出.
import {
  AuditOutlined,
  DashboardOutlined,
  EditOutlined,
  FileSearchOutlined,
  ImportOutlined,
  LogoutOutlined,
  ProfileOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Layout, Menu, Space, Spin } from "antd";
import type { ReactNode } from "react";
import { Outlet, useLocation, useNavigate, useNavigation } from "react-router";
import { SESSION_KEY, useSession } from "../auth/session.js";
import { useApi } from "./api-context.js";
import { menuFor, type PageKey, ROLE_NAMES } from "./pages.js";

const ICONS: Partial<Record<PageKey, ReactNode>> = {
  dashboard: <DashboardOutlined />,
  tasks: <ProfileOutlined />,
  filing: <EditOutlined />,
  reviews: <AuditOutlined />,
  import: <ImportOutlined />,
  checkup: <FileSearchOutlined />,
  admin: <TeamOutlined />,
};

export function AppLayout() {
  const session = useSession();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const logout = useMutation({
    mutationFn: () => api.auth.logout(),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
      navigate("/login", { replace: true });
    },
  });

  const user = session.data?.user;
  if (!user) return null;
  const menu = menuFor(user.role);
  const selected = menu.find((page) => location.pathname.startsWith(page.path))?.key;

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <div className="app-header-brand">
          <span className="app-header-product">落实</span>
          <span className="app-header-org">{user.orgName}</span>
        </div>
        <Space size="middle" className="app-header-user">
          <span>
            <UserOutlined aria-hidden="true" /> {user.displayName}
            <span className="app-header-role">（{user.unitName ?? ROLE_NAMES[user.role]}）</span>
          </span>
          <Button
            type="text"
            className="app-header-logout"
            icon={<LogoutOutlined aria-hidden="true" />}
            onClick={() => logout.mutate()}
            loading={logout.isPending}
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} breakpoint="lg" collapsedWidth={0} className="app-sider">
          <nav aria-label="主菜单">
            <Menu
              theme="dark"
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={menu.map((page) => ({ key: page.key, icon: ICONS[page.key], label: page.title }))}
              onClick={({ key }) => {
                const page = menu.find((entry) => entry.key === key);
                if (page) navigate(page.path);
              }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="app-content">
          {navigation.state === "loading" && <Spin className="route-loading" size="small" />}
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
