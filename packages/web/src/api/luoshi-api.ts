// Every endpoint of the API sketch as a typed function, grouped as the server groups its routes.
import type {
  Credentials,
  Dashboard,
  EvidenceFile,
  ItemComment,
  ItemDetail,
  ItemFilter,
  ItemPatch,
  ItemSummary,
  PlanDetail,
  PlanSummary,
  PlanVersion,
  ProgressDraft,
  ProgressReport,
  ProgressSubmission,
  PublicItem,
  Reminder,
  Session,
  StatisticsImport,
  Unit,
  User,
} from "./api-types.js";
import type { HttpClient } from "./http-client.js";

export type LuoshiApi = ReturnType<typeof createLuoshiApi>;

export function createLuoshiApi(http: HttpClient) {
  const get = <T>(path: string, query?: Record<string, string | number | undefined>) =>
    http.request<T>("GET", path, { query });
  const send = <T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown) =>
    http.request<T>(method, path, { body });
  const upload = <T>(path: string, file: File) => {
    const form = new FormData();
    form.set("file", file);
    return http.request<T>("POST", path, { body: form });
  };
  const rememberCsrf = (session: Session) => {
    http.setCsrfToken(session.csrfToken);
    return session;
  };

  return {
    auth: {
      login: (credentials: Credentials) =>
        http
          .request<Session>("POST", "/auth/login", { body: credentials, endSessionOn401: false })
          .then(rememberCsrf),
      me: () => http.request<Session>("GET", "/auth/me", { endSessionOn401: false }).then(rememberCsrf),
      logout: async () => {
        await send<void>("POST", "/auth/logout");
        http.setCsrfToken(null);
      },
    },
    plans: {
      list: () => get<PlanSummary[]>("/plans"),
      get: (id: string) => get<PlanDetail>(`/plans/${encodeURIComponent(id)}`),
      create: (file: File) => upload<{ plan: PlanSummary }>("/plans", file),
      publish: (id: string, note?: string) =>
        send<{ plan: PlanSummary }>("POST", `/plans/${encodeURIComponent(id)}/publish`, { note }),
      versions: (id: string) => get<PlanVersion[]>(`/plans/${encodeURIComponent(id)}/versions`),
    },
    items: {
      list: (filter: ItemFilter = {}) => get<ItemSummary[]>("/items", { ...filter }),
      get: (id: string) => get<ItemDetail>(`/items/${encodeURIComponent(id)}`),
      update: (id: string, patch: ItemPatch) =>
        send<ItemSummary>("PATCH", `/items/${encodeURIComponent(id)}`, patch),
      bulkAssign: (body: { itemIds: string[]; leadUnitId?: string; coUnitIds?: string[] }) =>
        send<void>("POST", "/items/bulk-assign", body),
      comment: (id: string, body: { kind: ItemComment["kind"]; body: string }) =>
        send<ItemComment>("POST", `/items/${encodeURIComponent(id)}/comments`, body),
    },
    progress: {
      draft: (itemId: string) => get<ProgressDraft>(`/items/${encodeURIComponent(itemId)}/progress/draft`),
      saveDraft: (itemId: string, draft: ProgressDraft) =>
        send<ProgressDraft>("PUT", `/items/${encodeURIComponent(itemId)}/progress/draft`, draft),
      submit: (itemId: string, submission: ProgressSubmission) =>
        send<{ report: ProgressReport }>("POST", `/items/${encodeURIComponent(itemId)}/progress`, submission),
      uploadEvidence: (file: File) => upload<EvidenceFile>("/evidence", file),
      evidenceUrl: (id: string) => `/api/evidence/${encodeURIComponent(id)}`,
      reviewQueue: () => get<ProgressReport[]>("/reviews", { state: "submitted" }),
      review: (reportId: string, body: { decision: "accept" | "return"; comment: string }) =>
        send<ProgressReport>("POST", `/progress/${encodeURIComponent(reportId)}/review`, body),
    },
    reminders: {
      list: () => get<Reminder[]>("/reminders"),
      send: (body: { unitId: string; itemId?: string; message: string }) =>
        send<Reminder>("POST", "/reminders", body),
      sendAutomatic: () => send<Reminder[]>("POST", "/reminders/auto"),
    },
    dashboard: {
      get: (planId: string) => get<Dashboard>("/dashboard", { planId }),
    },
    public: {
      items: (planId: string) => get<PublicItem[]>(`/public/plans/${encodeURIComponent(planId)}/items`),
    },
    admin: {
      units: () => get<Unit[]>("/units"),
      createUnit: (unit: Omit<Unit, "id">) => send<Unit>("POST", "/units", unit),
      updateUnit: (id: string, unit: Partial<Omit<Unit, "id">>) =>
        send<Unit>("PATCH", `/units/${encodeURIComponent(id)}`, unit),
      users: () => get<User[]>("/users"),
      createUser: (user: Omit<User, "id" | "orgId" | "orgName" | "unitName">) =>
        send<User>("POST", "/users", user),
      updateUser: (id: string, user: Partial<Omit<User, "id">>) =>
        send<User>("PATCH", `/users/${encodeURIComponent(id)}`, user),
      resetPassword: (id: string) =>
        send<{ password: string }>("POST", `/users/${encodeURIComponent(id)}/reset-password`),
      importStatistics: (file: File) => upload<StatisticsImport>("/statistics", file),
    },
  };
}
