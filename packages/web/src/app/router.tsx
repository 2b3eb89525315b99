// Routes: each page's code is its own chunk, loaded when the route is first opened.
import { Button, Layout, Result } from "antd";
import { type ComponentType, type ReactNode, useEffect } from "react";
import {
  createBrowserRouter,
  Navigate,
  Outlet,
  type RouteObject,
  useNavigate,
  useRouteError,
} from "react-router";
import { RequireLogin, RequireRole } from "../auth/require-access.js";
import { useSession } from "../auth/session.js";
import { PageLoading, userMessageOf } from "../components/states.js";
import { AppLayout } from "./app-layout.js";
import { homePathFor, type PageDefinition, type PageKey, pageByKey } from "./pages.js";

type PageLoader = () => Promise<ComponentType>;

const LOADERS: Record<PageKey, PageLoader> = {
  import: () => import("../plans/import-page.js").then((m) => m.ImportPage),
  tasks: () => import("../tasks/task-ledger-page.js").then((m) => m.TaskLedgerPage),
  taskDetail: () => import("../tasks/task-detail-page.js").then((m) => m.TaskDetailPage),
  filing: () => import("../filing/filing-page.js").then((m) => m.FilingPage),
  reviews: () => import("../reviews/reviews-page.js").then((m) => m.ReviewsPage),
  dashboard: () => import("../dashboard/dashboard-page.js").then((m) => m.DashboardPage),
  checkup: () => import("../checkup/checkup-page.js").then((m) => m.CheckupPage),
  admin: () => import("../admin/admin-page.js").then((m) => m.AdminPage),
  public: () => import("../public/public-page.js").then((m) => m.PublicPage),
};

function pageRoute(key: PageKey): RouteObject {
  const page = pageByKey(key);
  return {
    path: page.path,
    lazy: async () => {
      const Page = await LOADERS[key]();
      return {
        element: (
          <PageFrame page={page}>
            <Page />
          </PageFrame>
        ),
      };
    },
  };
}

function PageFrame({ page, children }: { page: PageDefinition; children: ReactNode }) {
  useEffect(() => {
    document.title = `${page.title} - 落实`;
  }, [page.title]);
  return page.access === "public" ? children : <RequireRole roles={page.access}>{children}</RequireRole>;
}

function HomeRedirect() {
  const role = useSession().data?.user.role;
  return role ? <Navigate to={homePathFor(role)} replace /> : null;
}

function PublicLayout() {
  return (
    <Layout className="public-layout">
      <Layout.Header className="app-header">
        <span className="app-header-product">政务公开</span>
      </Layout.Header>
      <Layout.Content className="app-content public-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}

function NotFound() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的地址不存在或已变更。"
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          返回首页
        </Button>
      }
    />
  );
}

/** A page that failed to load (a new version deployed, the network dropped) offers a reload, not a stack. */
function RouteError() {
  const error = useRouteError();
  return (
    <Result
      status="warning"
      title="页面加载失败"
      subTitle={userMessageOf(error)}
      extra={<Button onClick={() => window.location.reload()}>重新加载</Button>}
    />
  );
}

export const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteError,
    HydrateFallback: PageLoading,
    children: [
      {
        path: "/login",
        lazy: () => import("../auth/login-page.js").then((m) => ({ Component: m.LoginPage })),
      },
      { Component: PublicLayout, children: [pageRoute("public")] },
      {
        element: (
          <RequireLogin>
            <AppLayout />
          </RequireLogin>
        ),
        children: [
          { index: true, Component: HomeRedirect },
          ...(
            ["dashboard", "tasks", "taskDetail", "filing", "reviews", "import", "checkup", "admin"] as const
          ).map(pageRoute),
        ],
      },
      { path: "*", Component: NotFound },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
