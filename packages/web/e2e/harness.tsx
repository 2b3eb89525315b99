// Mounts one part of the app by itself, inside the app's own providers, for tests in the real browser
// of the parts that need no server: `#import` (导入报告), `#viewer` (the report viewer on a small
// fixture), `#workspace` (text beside the draft ledger, on the same fixture with a drafted task) and
// `#viewer-bench` (the viewer on text and facts a bench hands in).
import type { Fact } from "@luoshi/report";
import { type ReactNode, StrictMode, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AppProviders } from "../src/app/providers.js";
import { CompletionBar } from "../src/components/completion-bar.js";
import { StatusLight } from "../src/components/status-light.js";
import { ImportPage } from "../src/plans/import-page.js";
import { ReportWorkspace } from "../src/plans/report-workspace.js";
import { ReportViewer, type ReportViewerHandle } from "../src/report-viewer/report-viewer.js";
import "../src/styles.css";
import { VIEWER_FIXTURE_FACTS, VIEWER_FIXTURE_TEXT, WORKSPACE_FIXTURE_READING } from "./viewer-fixture.js";

function ViewerFixture() {
  const viewer = useRef<ReportViewerHandle>(null);
  const target = VIEWER_FIXTURE_FACTS[1]!;
  return (
    <div style={{ padding: 24 }}>
      <button type="button" onClick={() => viewer.current?.showSpan(target.sentence)}>
        查看原文
      </button>
      <ReportViewer ref={viewer} text={VIEWER_FIXTURE_TEXT} facts={VIEWER_FIXTURE_FACTS} height={300} />
      <section aria-label="状态灯" style={{ display: "flex", gap: 16, marginTop: 16 }}>
        {["done", "on_track", "lagging", "seriously_lagging", "overdue"].map((status) => (
          <StatusLight key={status} status={status} />
        ))}
      </section>
      <div style={{ width: 320, marginTop: 16 }}>
        <CompletionBar completion={40} expected={25} />
      </div>
    </div>
  );
}

declare global {
  interface Window {
    /** Set by `#viewer-bench`: renders the viewer and resolves with the ms until it is on screen. */
    renderViewer?: (text: string, facts: Fact[]) => Promise<number>;
  }
}

function ViewerBench() {
  const [input, setInput] = useState<{ text: string; facts: Fact[] } | null>(null);
  window.renderViewer = (text, facts) =>
    new Promise((resolve) => {
      const started = performance.now();
      setInput({ text, facts });
      // Two frames: React commits, then the browser lays out and paints the text.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
    });
  return input ? <ReportViewer text={input.text} facts={input.facts} /> : <p>等待输入</p>;
}

const views: Record<string, () => ReactNode> = {
  "#import": () => <RouterProvider router={createBrowserRouter([{ path: "*", element: <ImportPage /> }])} />,
  "#viewer": () => <ViewerFixture />,
  "#viewer-bench": () => <ViewerBench />,
  "#workspace": () => <ReportWorkspace text={VIEWER_FIXTURE_TEXT} reading={WORKSPACE_FIXTURE_READING} />,
};

const view = views[window.location.hash] ?? (() => <p>未知的组件：{window.location.hash}</p>);
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <AppProviders>
      <div style={{ padding: 24 }}>{view()}</div>
    </AppProviders>
  </StrictMode>,
);
