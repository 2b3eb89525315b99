import { PendingPage } from "../components/pending-page.js";

export function CheckupPage() {
  return (
    <PendingPage
      title="报告体检"
      purpose="报告提交人代会前的检查：他地地名、序号错乱、目标低于上年实绩、同一数据前后不一致、用语笔误。"
    />
  );
}
