import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useEffect, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import type { Credentials } from "../api/api-types.js";
import { ApiError } from "../api/http-client.js";
import { useApi } from "../app/api-context.js";
import { returnPathAfterLogin } from "../app/pages.js";
import { userMessageOf } from "../components/states.js";
import { lockoutMessage } from "./lockout.js";
import { SESSION_KEY, useSession } from "./session.js";

export function LoginPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const secondsLeft = useSecondsUntil(lockedUntil);

  const login = useMutation({
    mutationFn: (credentials: Credentials) => api.auth.login(credentials),
    meta: { showsOwnError: true },
    onSuccess: (result) => {
      queryClient.setQueryData(SESSION_KEY, result);
      navigate(returnPathAfterLogin(params.get("next"), result.user.role), { replace: true });
    },
    onError: (error) => {
      const wait = error instanceof ApiError ? error.details.retryAfterSeconds : undefined;
      if (error instanceof ApiError && error.status === 429) setLockedUntil(Date.now() + (wait ?? 60) * 1000);
    },
  });

  const user = session.data?.user;
  if (user && !login.isPending)
    return <Navigate to={returnPathAfterLogin(params.get("next"), user.role)} replace />;

  const locked = secondsLeft > 0;
  const error = login.error;
  return (
    <main className="login-screen">
      <div className="login-brand">
        <Typography.Title level={1} className="login-title">
          落实
        </Typography.Title>
        <p className="login-subtitle">政府工作报告重点任务督查系统</p>
      </div>
      <Card className="login-card" title="账号登录">
        {locked ? (
          <Alert
            type="warning"
            showIcon
            title={lockoutMessage(secondsLeft)}
            className="login-alert"
            role="alert"
          />
        ) : (
          login.isError &&
          !(error instanceof ApiError && error.status === 429) && (
            <Alert type="error" showIcon title={userMessageOf(error)} className="login-alert" role="alert" />
          )
        )}
        <Form<Credentials>
          layout="vertical"
          name="login"
          requiredMark={false}
          onFinish={(values) => login.mutate(values)}
          disabled={login.isPending}
        >
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]}>
            <Input
              prefix={<UserOutlined aria-hidden="true" />}
              autoComplete="username"
              autoFocus
              size="large"
            />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password
              prefix={<LockOutlined aria-hidden="true" />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={login.isPending}
            disabled={locked}
          >
            登录
          </Button>
        </Form>
      </Card>
      <p className="login-footer">
        公众可查看<a href="/public">政府工作报告重点任务落实情况公开页</a>，无需登录。
      </p>
    </main>
  );
}

/** Whole seconds until a moment, ticking down once a second; 0 once it has passed. */
function useSecondsUntil(moment: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (moment === null) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= moment) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [moment]);
  return moment === null ? 0 : Math.max(0, Math.ceil((moment - now) / 1000));
}
