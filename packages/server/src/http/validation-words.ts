// A schema refusal in words a person using the app can act on: the field by its Chinese name and
// what is wrong with it. zod's own messages are English and name types ("expected string"); our
// schemas' custom messages are already Chinese and are kept.

const FIELD_NAMES: Record<string, string> = {
  title: "标题",
  description: "任务内容",
  area: "工作领域",
  type: "任务类型",
  leadUnitId: "牵头单位",
  coUnitIds: "配合单位",
  deadline: "完成时限",
  milestones: "节点",
  name: "名称",
  due: "计划完成日期",
  done: "实际完成日期",
  targets: "指标",
  metric: "指标名称",
  unit: "计量单位",
  comparator: "比较方式",
  targetValue: "目标值",
  upperValue: "目标上限",
  baseline: "基数",
  direction: "方向",
  kind: "类型",
  measure: "计量方式",
  public: "是否公开",
  publicProgress: "公开的进展说明",
  version: "版本号",
  planId: "计划",
  itemId: "任务",
  itemIds: "任务",
  period: "填报期间",
  periodKind: "填报周期",
  values: "填报数值",
  value: "数值",
  narrative: "进展情况",
  evidenceIds: "佐证材料",
  decision: "审核结论",
  comment: "审核意见",
  body: "内容",
  note: "发布说明",
  message: "催办内容",
  username: "用户名",
  password: "密码",
  displayName: "姓名",
  role: "角色",
  unitId: "所属单位",
  keywords: "关键词",
  sortOrder: "排序",
  active: "启用状态",
  thresholds: "状态阈值",
  laggingPp: "滞后阈值",
  seriouslyLaggingPp: "严重滞后阈值",
  state: "状态",
  status: "状态",
  limit: "条数",
  q: "搜索词",
};

/** The Chinese name of a field path (`targets.0.metric` → `指标名称`); the innermost named part wins. */
export function fieldInWords(path: string | undefined): string {
  const parts = (path ?? "").split(".").filter((part) => !/^\d+$/.test(part));
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = FIELD_NAMES[parts[i] as string];
    if (name) return name;
  }
  return "提交的内容";
}

/** What a zod issue (as fastify-type-provider-zod passes it on) says, in Chinese. */
export function issueInWords(
  field: string | undefined,
  issue: { keyword: string; message: string; params: Record<string, unknown> },
): string {
  const label = fieldInWords(field);
  if (/[\u4e00-\u9fff]/.test(issue.message)) return `${label}：${issue.message}`;
  const { origin, minimum, maximum } = issue.params;
  switch (issue.keyword) {
    case "invalid_type":
      return /received undefined$/.test(issue.message) ? `缺少${label}` : `${label}的格式不对`;
    case "too_small":
      if (origin === "string") return minimum === 1 ? `${label}不能为空` : `${label}至少需要 ${minimum} 个字`;
      if (origin === "array") return `${label}至少需要 ${minimum} 项`;
      return `${label}不能小于 ${minimum}`;
    case "too_big":
      if (origin === "string") return `${label}不能超过 ${maximum} 个字`;
      if (origin === "array") return `${label}不能超过 ${maximum} 项`;
      return `${label}不能大于 ${maximum}`;
    case "invalid_value":
      return `${label}不是可选的值`;
    case "unrecognized_keys":
      return `${label}不是可以提交的字段`;
    default:
      return `${label}不符合要求`;
  }
}
