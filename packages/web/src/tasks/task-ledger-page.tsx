import { PendingPage } from "../components/pending-page.js";

export function TaskLedgerPage() {
  return (
    <PendingPage
      title="任务台账"
      purpose="按工作领域分组的任务台账：任务、目标、牵头与责任单位、完成时限、状态与完成进度；可筛选、搜索、批量分配单位、编辑并发布分解方案。"
    />
  );
}
