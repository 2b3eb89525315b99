import { PendingPage } from "../components/pending-page.js";

export function FilingPage() {
  return (
    <PendingPage
      title="填报"
      purpose="本单位承担的任务与本期应报事项：逐项填报目标完成值、进展情况和佐证材料，可保存草稿，退回的填报会显示审核意见。"
    />
  );
}
