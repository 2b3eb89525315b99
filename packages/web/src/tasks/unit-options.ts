import { useQuery } from "@tanstack/react-query";
import type { Unit } from "../api/api-types.js";
import { queryKeys } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";

/** The organisation's units, for filters and assignment; they change rarely. */
export function useUnits() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.units, queryFn: () => api.admin.units(), staleTime: 5 * 60_000 });
}

/** Active units as select options; an inactive unit still assigned keeps its name, marked 已停用. */
export function unitOptions(units: readonly Unit[] | undefined, keep: readonly string[] = []) {
  return (units ?? [])
    .filter((unit) => unit.active || keep.includes(unit.id))
    .map((unit) => ({ value: unit.id, label: unit.active ? unit.name : `${unit.name}（已停用）` }));
}
