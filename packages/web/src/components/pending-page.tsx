// A page whose data comes from the server work that is not merged yet: it says what it will hold,
// and fakes nothing.
import { Result } from "antd";
import { PageHeader } from "./page-header.js";

export function PendingPage({ title, purpose }: { title: string; purpose: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Result status="info" title="此页面正在建设中" subTitle={purpose} />
    </>
  );
}
