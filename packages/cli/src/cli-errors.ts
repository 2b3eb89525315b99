// The one catalogue of what can go wrong at the command line: a stable code, the exit code it maps
// to, and the one line a user reads. Everything below the command layer reports these as values or
// throws CliError; only the top of `runCli` turns them into output.

/**
 * Exit codes: 0 done; 1 a folder run finished but some files failed, `check` found errors in the
 * report, or an internal error; 2 usage or input error.
 */
export const exitCodes = { ok: 0, partial: 1, findings: 1, internal: 1, usage: 2 } as const;

export interface ErrorDetail {
  /** The file, folder or option the error is about. */
  subject?: string;
  /** A further explanation: the decoder's message, the system's reason. */
  reason?: string;
}

const catalogue = {
  MISSING_COMMAND: { exitCode: 2, message: () => "缺少命令；运行 luoshi --help 查看用法" },
  UNKNOWN_COMMAND: {
    exitCode: 2,
    message: (d: ErrorDetail) =>
      `未知命令：${d.subject}（可用命令：extract、check、demo；运行 luoshi --help 查看用法）`,
  },
  UNKNOWN_OPTION: {
    exitCode: 2,
    message: (d: ErrorDetail) => `未知选项：${d.subject}（运行 luoshi ${d.reason ?? ""}--help 查看可用选项）`,
  },
  MISSING_OPTION_VALUE: { exitCode: 2, message: (d: ErrorDetail) => `选项 ${d.subject} 缺少取值` },
  UNEXPECTED_ARGUMENT: { exitCode: 2, message: (d: ErrorDetail) => `多余的参数：${d.subject}` },
  MISSING_INPUT: {
    exitCode: 2,
    message: (d: ErrorDetail) =>
      `缺少要读取的报告文件或文件夹：${d.reason ?? "luoshi extract FILE|DIR [--format json|md|csv]"}`,
  },
  UNKNOWN_FORMAT: {
    exitCode: 2,
    message: (d: ErrorDetail) => `未知的输出格式：${d.subject}（可选 ${d.reason ?? "json、md、csv"}）`,
  },
  INVALID_JOBS: { exitCode: 2, message: (d: ErrorDetail) => `--jobs 须为 1 到 64 之间的整数：${d.subject}` },
  INPUT_NOT_FOUND: { exitCode: 2, message: (d: ErrorDetail) => `找不到文件或文件夹：${d.subject}` },
  INPUT_IS_FOLDER: {
    exitCode: 2,
    message: (d: ErrorDetail) => `luoshi check 一次检查一个文件：${d.subject} 是文件夹`,
  },
  INPUT_UNREADABLE: { exitCode: 2, message: (d: ErrorDetail) => `无法读取 ${d.subject}：${d.reason}` },
  REPORT_EMPTY: { exitCode: 2, message: (d: ErrorDetail) => `${d.subject}：${d.reason ?? "文件内容为空"}` },
  REPORT_BINARY: { exitCode: 2, message: (d: ErrorDetail) => `${d.subject}：${d.reason ?? "文件不是文本"}` },
  REPORT_TOO_LARGE: { exitCode: 2, message: (d: ErrorDetail) => `${d.subject}：${d.reason ?? "文件过大"}` },
  REPORT_ENCODING: {
    exitCode: 2,
    message: (d: ErrorDetail) => `${d.subject}：${d.reason ?? "无法识别文件编码"}`,
  },
  NO_REPORTS_IN_FOLDER: {
    exitCode: 2,
    message: (d: ErrorDetail) => `文件夹中没有报告文件（.md、.markdown 或 .txt）：${d.subject}`,
  },
  OUT_REQUIRED: {
    exitCode: 2,
    message: (d: ErrorDetail) => `读取文件夹 ${d.subject} 时须用 --out 指定输出文件夹`,
  },
  OUT_OVERWRITES_INPUT: {
    exitCode: 2,
    message: (d: ErrorDetail) => `输出会覆盖输入文件 ${d.subject}：请换一个 --out 文件夹或输出格式`,
  },
  OUT_NOT_WRITABLE: { exitCode: 2, message: (d: ErrorDetail) => `无法写入 ${d.subject}：${d.reason}` },
  INTERNAL: {
    exitCode: 1,
    message: (d: ErrorDetail) => `内部错误：${d.reason}（请把命令和输入文件告诉维护者）`,
  },
} satisfies Record<string, { exitCode: number; message: (d: ErrorDetail) => string }>;

export type CliErrorCode = keyof typeof catalogue;

export const cliErrorCodes = Object.keys(catalogue) as CliErrorCode[];

/** An expected failure at the command line, carrying a stable code from the catalogue. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly detail: ErrorDetail;

  constructor(code: CliErrorCode, detail: ErrorDetail = {}) {
    super(catalogue[code].message(detail));
    this.name = "CliError";
    this.code = code;
    this.detail = detail;
  }

  get exitCode(): number {
    return catalogue[this.code].exitCode;
  }

  /** The one line printed on stderr. */
  get line(): string {
    return `luoshi: ${this.message} [${this.code}]`;
  }
}

/** Plain-language reasons for the system errors a user can meet when reading or writing files. */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "不存在";
    case "EACCES":
    case "EPERM":
      return "没有权限";
    case "EISDIR":
      return "这是一个文件夹";
    case "ENOTDIR":
      return "路径中有一部分不是文件夹";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EROFS":
      return "文件系统只读";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
