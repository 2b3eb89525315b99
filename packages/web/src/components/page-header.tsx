import { Typography } from "antd";
import type { ReactNode } from "react";

export function PageHeader({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div className="page-header-row">
        <Typography.Title level={2} className="page-header-title">
          {title}
        </Typography.Title>
        {extra && <div className="page-header-extra">{extra}</div>}
      </div>
      {children && <div className="page-header-intro">{children}</div>}
    </header>
  );
}
