import { PendingPage } from "../components/pending-page.js";

export function PublicPage() {
  return (
    <PendingPage
      title="政府工作报告重点任务落实情况"
      purpose="政府决定公开的任务及其进展状态和公开的进展说明。"
    />
  );
}
