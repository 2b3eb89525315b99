// Every endpoint of the server as a typed function, grouped as the server groups its routes.
import type {
  AuditEntry,
  BulkAssignment,
  Credentials,
  Dashboard,
  EvidenceFile,
  ItemComment,
  ItemDetail,
  ItemFilter,
  ItemPatch,
  ItemSummary,
  ManagedUser,
  NewItem,
  NewUser,
  Organisation,
  PlanDetail,
  PlanPatch,
  PlanSummary,
  PlanVersion,
  ProgressDraft,
  ProgressDraftInput,
  ProgressReport,
  ProgressSubmission,
  PublicItem,
  PublicPlan,
  Reminder,
  ReminderInput,
  ReportState,
  ReviewDecision,
  Rollup,
  Session,
  StatisticsImport,
  Unit,
  UnitInput,
  UserPatch,
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
  const id = encodeURIComponent;

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
      /** Newest year first; a unit user sees published plans only. */
      list: () => get<PlanSummary[]>("/plans"),
      get: (planId: string) => get<PlanDetail>(`/plans/${id(planId)}`),
      create: (file: File) => upload<{ plan: PlanSummary }>("/plans", file),
      update: (planId: string, patch: PlanPatch) => send<PlanSummary>("PATCH", `/plans/${id(planId)}`, patch),
      publish: (planId: string, note = "") =>
        send<{ plan: PlanSummary }>("POST", `/plans/${id(planId)}/publish`, { note }),
      versions: (planId: string) => get<PlanVersion[]>(`/plans/${id(planId)}/versions`),
    },
    items: {
      /** A unit user gets its own unit's items of published plans only. */
      list: (filter: ItemFilter = {}) => get<ItemSummary[]>("/items", { ...filter }),
      get: (itemId: string) => get<ItemDetail>(`/items/${id(itemId)}`),
      create: (item: NewItem) => send<ItemDetail>("POST", "/items", item),
      update: (itemId: string, patch: ItemPatch) => send<ItemDetail>("PATCH", `/items/${id(itemId)}`, patch),
      remove: (itemId: string) => send<void>("DELETE", `/items/${id(itemId)}`),
      bulkAssign: (assignment: BulkAssignment) =>
        send<{ updated: number }>("POST", "/items/bulk-assign", assignment),
      comment: (itemId: string, comment: { kind: ItemComment["kind"]; body: string }) =>
        send<ItemComment>("POST", `/items/${id(itemId)}/comments`, comment),
    },
    progress: {
      draft: (itemId: string) => get<ProgressDraft>(`/items/${id(itemId)}/progress/draft`),
      saveDraft: (itemId: string, draft: ProgressDraftInput) =>
        send<ProgressDraft>("PUT", `/items/${id(itemId)}/progress/draft`, draft),
      submit: (itemId: string, submission: ProgressSubmission) =>
        send<{ report: ProgressReport }>("POST", `/items/${id(itemId)}/progress`, submission),
      uploadEvidence: (file: File) => upload<EvidenceFile>("/evidence", file),
      evidenceUrl: (evidenceId: string) => `/api/evidence/${id(evidenceId)}`,
      /** Oldest first: the office's queue when the state is `submitted`. */
      reviews: (state: ReportState = "submitted") => get<ProgressReport[]>("/reviews", { state }),
      review: (reportId: string, decision: ReviewDecision) =>
        send<ProgressReport>("POST", `/progress/${id(reportId)}/review`, decision),
    },
    reminders: {
      /** Newest first; a unit user sees its own unit's. */
      list: () => get<Reminder[]>("/reminders"),
      send: (reminder: ReminderInput) => send<Reminder>("POST", "/reminders", reminder),
      /** Reminders for late reports and lagging items; a rerun on the same day adds nothing. */
      sendAutomatic: () => send<Reminder[]>("POST", "/reminders/auto"),
    },
    dashboard: {
      /** Without a plan: the newest published one. */
      get: (planId?: string) => get<Dashboard>("/dashboard", { planId }),
      rollup: () => get<Rollup>("/dashboard/rollup"),
    },
    public: {
      plans: () => get<PublicPlan[]>("/public/plans"),
      items: (planId: string) => get<PublicItem[]>(`/public/plans/${id(planId)}/items`),
    },
    admin: {
      organisation: () => get<Organisation>("/org"),
      setThresholds: (thresholds: Organisation["thresholds"]) =>
        send<Organisation>("PATCH", "/org", { thresholds }),
      /** Every role may read the unit list (the ledger's filters need it). */
      units: () => get<Unit[]>("/units"),
      createUnit: (unit: UnitInput & { name: string }) => send<Unit>("POST", "/units", unit),
      updateUnit: (unitId: string, unit: UnitInput) => send<Unit>("PATCH", `/units/${id(unitId)}`, unit),
      users: () => get<ManagedUser[]>("/users"),
      createUser: (user: NewUser) => send<{ user: ManagedUser; password: string }>("POST", "/users", user),
      updateUser: (userId: string, user: UserPatch) =>
        send<ManagedUser>("PATCH", `/users/${id(userId)}`, user),
      resetPassword: (userId: string) =>
        send<{ password: string }>("POST", `/users/${id(userId)}/reset-password`),
      importStatistics: (file: File) => upload<StatisticsImport>("/statistics", file),
      audit: (query: { entity?: string; entityId?: string; limit?: number } = {}) =>
        get<AuditEntry[]>("/audit", query),
    },
  };
}
