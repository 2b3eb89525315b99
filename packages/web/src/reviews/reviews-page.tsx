import { PendingPage } from "../components/pending-page.js";

export function ReviewsPage() {
  return (
    <PendingPage
      title="审核"
      purpose="各单位提交的进展填报队列：审核通过或退回并附意见，向逾期未报、进度滞后的单位发送催办。"
    />
  );
}
