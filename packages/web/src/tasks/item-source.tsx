// The report the task came from, with the task's sentences shaded and its facts highlighted; a
// target's goal clicked in the targets table scrolls here.
import type { SourceSpan } from "@luoshi/report";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { queryKeys } from "../api/query-keys.js";
import { useApi } from "../app/api-context.js";
import { ErrorState, PageLoading } from "../components/states.js";
import { ReportViewer, type ReportViewerHandle } from "../report-viewer/report-viewer.js";

export interface SourceFocus {
  span: SourceSpan;
  /** Changes on every request, so asking for the same span twice scrolls twice. */
  serial: number;
}

export function ItemSource({
  planId,
  taskSpan,
  focus,
}: {
  planId: string;
  taskSpan: SourceSpan | null;
  focus: SourceFocus | null;
}) {
  const api = useApi();
  const viewer = useRef<ReportViewerHandle>(null);
  const plan = useQuery({
    queryKey: queryKeys.plan(planId),
    queryFn: () => api.plans.get(planId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const shaded = useMemo(() => (taskSpan ? [taskSpan] : []), [taskSpan]);
  const ready = plan.isSuccess;

  useEffect(() => {
    if (!ready) return;
    const span = focus?.span ?? taskSpan;
    if (span) viewer.current?.showSpan(span);
  }, [ready, focus, taskSpan]);

  if (plan.isPending) return <PageLoading tip="正在载入报告原文…" />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => plan.refetch()} />;
  return (
    <ReportViewer ref={viewer} text={plan.data.text} facts={plan.data.facts} shaded={shaded} height="60vh" />
  );
}
