// 单位与用户 (the office): the departments tasks are assigned to, with the topic words the import
// uses to suggest them, and the accounts of the office, leaders and departments.
import { useQuery } from "@tanstack/react-query";
import { Tabs } from "antd";
import { useSearchParams } from "react-router";
import { useApi } from "../app/api-context.js";
import { PageHeader } from "../components/page-header.js";
import { ErrorState, PageLoading } from "../components/states.js";
import { UNITS_KEY, USERS_KEY } from "./admin-api.js";
import { UnitsPanel } from "./units-panel.js";
import { UsersPanel } from "./users-panel.js";
import "./admin.css";

export function AdminPage() {
  const api = useApi().admin;
  const [search, setSearch] = useSearchParams();
  const tab = search.get("tab") === "users" ? "users" : "units";
  const units = useQuery({ queryKey: UNITS_KEY, queryFn: () => api.units() });
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => api.users() });

  const header = (
    <PageHeader title="单位与用户">
      承办单位及其关键词（导入报告时据此建议牵头和配合单位），以及督查室、领导和各单位的登录账号。
    </PageHeader>
  );
  if (units.isPending || users.isPending)
    return (
      <>
        {header}
        <PageLoading />
      </>
    );
  if (units.isError || users.isError) {
    const failed = units.isError ? units : users;
    return (
      <>
        {header}
        <ErrorState error={failed.error} onRetry={() => failed.refetch()} />
      </>
    );
  }
  return (
    <>
      {header}
      <Tabs
        className="admin-tabs"
        activeKey={tab}
        onChange={(key) => setSearch(key === "users" ? { tab: "users" } : {}, { replace: true })}
        items={[
          {
            key: "units",
            label: `单位（${units.data.length}）`,
            children: <UnitsPanel api={api} units={units.data} />,
          },
          {
            key: "users",
            label: `用户（${users.data.length}）`,
            children: <UsersPanel api={api} users={users.data} units={units.data} />,
          },
        ]}
      />
    </>
  );
}
