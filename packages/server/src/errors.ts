// The one catalogue of errors the API can answer with: a stable code, its HTTP status and a message
// in Chinese meant for the user. Services throw `AppError`; the error handler maps it once.

export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, message: "提交的内容不符合要求" },
  REPORT_EMPTY: { status: 400, message: "文件内容为空" },
  REPORT_BINARY: { status: 400, message: "文件不是文本：请上传 Markdown 或纯文本格式的报告" },
  REPORT_ENCODING: { status: 400, message: "无法识别文件编码：请另存为 UTF-8 或 GB18030 编码的文本" },
  NOT_A_REPORT: { status: 400, message: "文件内容不像政府工作报告" },
  FILE_MISSING: { status: 400, message: "请求中没有上传文件" },
  EVIDENCE_TYPE: { status: 400, message: "佐证材料只能是 PDF、图片、Word、Excel、文本或压缩包" },
  EVIDENCE_EMPTY: { status: 400, message: "佐证材料文件为空" },
  STATISTICS_UNREADABLE: { status: 400, message: "无法读取统计数据表：需要“指标、期间、数值”三列" },
  PERIOD_INVALID: { status: 400, message: "填报期间不符合本计划的填报周期" },
  TARGET_NOT_IN_ITEM: { status: 400, message: "填报的指标不属于该任务" },
  UNIT_INVALID: { status: 400, message: "单位不存在或已停用" },
  PLAN_NOT_PUBLISHED: { status: 400, message: "计划尚未发布，暂不能填报" },
  NOT_LOGGED_IN: { status: 401, message: "请先登录" },
  WRONG_CREDENTIALS: { status: 401, message: "用户名或密码错误" },
  CSRF_INVALID: { status: 403, message: "请求缺少有效的安全令牌，请刷新页面后重试" },
  FORBIDDEN_ROLE: { status: 403, message: "当前角色无权进行此操作" },
  FORBIDDEN_UNIT: { status: 403, message: "只能查看和填报本单位的任务" },
  PLAN_NOT_FOUND: { status: 404, message: "计划不存在" },
  TASK_NOT_FOUND: { status: 404, message: "任务不存在" },
  PROGRESS_NOT_FOUND: { status: 404, message: "进展报告不存在" },
  EVIDENCE_NOT_FOUND: { status: 404, message: "佐证材料不存在" },
  UNIT_NOT_FOUND: { status: 404, message: "单位不存在" },
  USER_NOT_FOUND: { status: 404, message: "用户不存在" },
  ROUTE_NOT_FOUND: { status: 404, message: "接口不存在" },
  STALE_VERSION: { status: 409, message: "该内容已被他人修改，请刷新后再编辑" },
  REPORT_NOT_SUBMITTED: { status: 409, message: "该报告已审核，不能重复审核" },
  ITEM_HAS_HISTORY: { status: 409, message: "任务已有进展报告或评论，不能删除" },
  USERNAME_TAKEN: { status: 409, message: "用户名已被使用" },
  UNIT_NAME_TAKEN: { status: 409, message: "单位名称已存在" },
  REPORT_TOO_LARGE: { status: 413, message: "报告文件过大" },
  EVIDENCE_TOO_LARGE: { status: 413, message: "佐证材料文件过大" },
  STATISTICS_TOO_LARGE: { status: 413, message: "统计数据表文件过大" },
  LOGIN_LOCKED: { status: 429, message: "登录失败次数过多，请稍后再试" },
  TOO_MANY_REQUESTS: { status: 429, message: "请求过于频繁，请稍后再试" },
  INTERNAL: { status: 500, message: "服务器内部错误，请稍后重试" },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; retryAfterSeconds?: number };
}

/** A refusal the user can act on. `message` overrides the catalogue's when the case needs detail. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    options: { message?: string; field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(options.message ?? errorCatalogue[code].message);
    this.name = "AppError";
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.field !== undefined ? { field: this.field } : {}),
        ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      },
    };
  }
}
