// Role guard: a page opens only for a logged-in user whose role it lists; others go to the login
// page (with the way back) or see a refusal in words.
import { Button, Result } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import type { Role } from "../api/api-types.js";
import { homePathFor } from "../app/pages.js";
import { ErrorState, PageLoading } from "../components/states.js";
import { useSession } from "./session.js";

export function RequireLogin({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading tip="正在确认登录状态…" />;
  if (session.isError)
    return <ErrorState title="无法确认登录状态" error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return children;
}

/** Inside RequireLogin: refuses a role the page does not list. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const navigate = useNavigate();
  const role = session.data?.user.role;
  if (!role) return null;
  if (!roles.includes(role)) {
    return (
      <Result
        status="403"
        title="无权访问"
        subTitle="您的账号没有打开此页面的权限。如需办理，请联系督查室。"
        extra={
          <Button type="primary" onClick={() => navigate(homePathFor(role))}>
            返回首页
          </Button>
        }
      />
    );
  }
  return children;
}
