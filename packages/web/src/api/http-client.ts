// The one way the web app talks to the server: JSON in and out, the CSRF header on every
// state-changing request, and every failure turned into an ApiError with a code and a Chinese message.

/** Codes the client itself assigns when the server gave no `{error: {code, message}}` body. */
export type ClientErrorCode = "NETWORK_ERROR" | "BAD_RESPONSE";

export interface ApiErrorDetails {
  /** The request field a 400 names. */
  field?: string;
  /** Seconds until a locked-out login may try again (429 LOGIN_LOCKED). */
  retryAfterSeconds?: number;
}

/** A failed API call, as the user should hear about it. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
  }
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isStateChanging(method: string): boolean {
  return STATE_CHANGING.has(method.toUpperCase());
}

/**
 * Reads an error response. The server sends `{error: {code, message, field?}}`; anything else
 * (a proxy's HTML page, an empty body) still becomes an error a user can read.
 */
export function parseApiError(status: number, body: unknown, retryAfterHeader: string | null): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const retryAfterSeconds =
    numberOrUndefined(error?.retryAfterSeconds) ??
    numberOrUndefined(isRecord(body) ? body.retryAfterSeconds : undefined) ??
    numberOrUndefined(retryAfterHeader === null ? undefined : Number(retryAfterHeader));
  const details: ApiErrorDetails = {};
  if (typeof error?.field === "string") details.field = error.field;
  if (retryAfterSeconds !== undefined) details.retryAfterSeconds = retryAfterSeconds;
  if (error && typeof error.code === "string" && typeof error.message === "string") {
    return new ApiError(status, error.code, error.message, details);
  }
  return new ApiError(status, "BAD_RESPONSE", fallbackMessage(status), details);
}

function fallbackMessage(status: number): string {
  if (status === 401) return "登录已失效，请重新登录";
  if (status === 403) return "没有权限执行此操作";
  if (status === 404) return "请求的内容不存在，或服务尚未提供该功能";
  if (status === 413) return "文件过大，无法上传";
  if (status === 429) return "操作过于频繁，请稍后再试";
  if (status >= 500) return `服务器出错（${status}），请稍后重试`;
  return `请求失败（${status}）`;
}

export interface RequestOptions {
  /** A JSON body, or FormData for a file upload. */
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /**
   * Whether a 401 ends the session and sends the user to the login page. Off for the login and
   * session calls, whose 401 is an answer, not an interruption.
   */
  endSessionOn401?: boolean;
}

export interface HttpClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  /** Set from the login and session responses; sent as `x-csrf-token` on state-changing requests. */
  setCsrfToken(token: string | null): void;
}

export interface HttpClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  onUnauthorized?: (error: ApiError) => void;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? "/api";
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let csrfToken: string | null = null;

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    let body: BodyInit | undefined;
    if (opts.body instanceof FormData) body = opts.body;
    else if (opts.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.body);
    }
    if (isStateChanging(method) && csrfToken) headers["x-csrf-token"] = csrfToken;

    let response: Response;
    try {
      response = await doFetch(baseUrl + path + queryString(opts.query), {
        method,
        headers,
        body,
        credentials: "same-origin",
      });
    } catch {
      throw new ApiError(0, "NETWORK_ERROR", "无法连接服务器，请检查网络后重试");
    }

    const payload = await readJson(response);
    if (!response.ok) {
      const error = parseApiError(response.status, payload, response.headers.get("retry-after"));
      if (response.status === 401 && opts.endSessionOn401 !== false) options.onUnauthorized?.(error);
      throw error;
    }
    return payload as T;
  }

  return {
    request,
    setCsrfToken(token) {
      csrfToken = token;
    },
  };
}

export function queryString(query: RequestOptions["query"]): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
