import { createContext, useContext } from "react";
import type { LuoshiApi } from "../api/luoshi-api.js";

export const ApiContext = createContext<LuoshiApi | null>(null);

export function useApi(): LuoshiApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi outside ApiContext");
  return api;
}
