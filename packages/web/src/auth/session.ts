// The logged-in user, held as a query: null means "not logged in", an error means "cannot tell".
import { useQuery } from "@tanstack/react-query";
import type { Session } from "../api/api-types.js";
import { ApiError } from "../api/http-client.js";
import { useApi } from "../app/api-context.js";

export const SESSION_KEY = ["session"] as const;

export function useSession() {
  const api = useApi();
  return useQuery<Session | null>({
    queryKey: SESSION_KEY,
    queryFn: () =>
      api.auth.me().catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
