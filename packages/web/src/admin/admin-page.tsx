import { PendingPage } from "../components/pending-page.js";

export function AdminPage() {
  return <PendingPage title="单位与用户" purpose="管理承办单位、用户账号与角色，重置密码。" />;
}
