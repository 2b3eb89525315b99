// The empty, error and loading states every page shares, so each says what happened in words.
import { Button, Empty, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { ApiError } from "../api/http-client.js";

export function EmptyState({ description, children }: { description: ReactNode; children?: ReactNode }) {
  return (
    <Empty className="empty-state" description={description}>
      {children}
    </Empty>
  );
}

/** Turns any thrown value into what a user may read; a stack trace never reaches the screen. */
export function userMessageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "页面出错，请刷新后重试";
}

export function ErrorState({
  error,
  title = "加载失败",
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const code = error instanceof ApiError ? error.code : null;
  return (
    <Result
      className="error-state"
      status="warning"
      title={title}
      subTitle={
        <>
          {userMessageOf(error)}
          {code && <span className="error-code">（错误代码：{code}）</span>}
        </>
      }
      extra={onRetry && <Button onClick={onRetry}>重试</Button>}
    />
  );
}

export function PageLoading({ tip = "正在加载…" }: { tip?: string }) {
  return (
    <div className="page-loading" role="status">
      <Spin />
      <span>{tip}</span>
    </div>
  );
}
