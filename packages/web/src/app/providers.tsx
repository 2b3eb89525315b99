// Everything every page stands in: Chinese locale and theme, antd's message context, the API client
// and the query cache whose failures surface as antd messages.
import { MutationCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntdApp, ConfigProvider, type ThemeConfig } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { type ReactNode, useState } from "react";
import { ApiError, createHttpClient } from "../api/http-client.js";
import { createLuoshiApi } from "../api/luoshi-api.js";
import { SESSION_KEY } from "../auth/session.js";
import { userMessageOf } from "../components/states.js";
import { ApiContext } from "./api-context.js";

dayjs.locale("zh-cn");

const CJK_FONTS =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const THEME: ThemeConfig = {
  token: { colorPrimary: "#1f5fbf", fontFamily: CJK_FONTS, borderRadius: 4 },
  components: {
    Layout: { headerBg: "#123a7a", siderBg: "#0f2f63", headerHeight: 56, headerPadding: "0 24px" },
    Menu: { darkItemBg: "#0f2f63", darkSubMenuItemBg: "#0b254f", darkItemSelectedBg: "#1f5fbf" },
  },
};

declare module "@tanstack/react-query" {
  interface Register {
    defaultError: unknown;
    /** `showsOwnError`: the form shows the error itself (login), so no message pops up as well. */
    mutationMeta: { showsOwnError?: boolean };
  }
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntdApp>
        <DataProviders>{children}</DataProviders>
      </AntdApp>
    </ConfigProvider>
  );
}

function DataProviders({ children }: { children: ReactNode }) {
  const { message } = AntdApp.useApp();
  const [queryClient] = useState(
    () =>
      new QueryClient({
        mutationCache: new MutationCache({
          onError: (error, _variables, _context, mutation) => {
            if (!mutation.meta?.showsOwnError) message.error(userMessageOf(error));
          },
        }),
        defaultOptions: {
          queries: {
            refetchOnWindowFocus: false,
            // A 4xx answer will not change on retry; a dropped connection or a 5xx might.
            retry: (failures, error) =>
              failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
          },
        },
      }),
  );
  const [api] = useState(() =>
    createLuoshiApi(
      createHttpClient({
        onUnauthorized: () => {
          if (queryClient.getQueryData(SESSION_KEY)) message.warning("登录已失效，请重新登录");
          queryClient.setQueryData(SESSION_KEY, null);
        },
      }),
    ),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
    </QueryClientProvider>
  );
}
