import { PendingPage } from "../components/pending-page.js";

export function TaskDetailPage() {
  return (
    <PendingPage
      title="任务详情"
      purpose="任务的目标与完成进度（含序时进度）、状态说明、节点安排、历次填报与审核、佐证材料、评论与领导批示，以及报告中的原文出处。"
    />
  );
}
