// The review state of a progress report in words, with an icon of its own as well as a colour.
import { CheckCircleOutlined, ClockCircleOutlined, RollbackOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import type { ReactNode } from "react";
import type { ReportState } from "../api/api-types.js";

const LOOKS: Record<ReportState, { label: string; colour: string; icon: ReactNode }> = {
  submitted: { label: "待审核", colour: "processing", icon: <ClockCircleOutlined /> },
  accepted: { label: "已通过", colour: "success", icon: <CheckCircleOutlined /> },
  returned: { label: "已退回", colour: "error", icon: <RollbackOutlined /> },
};

export function reportStateLabel(state: ReportState): string {
  return LOOKS[state].label;
}

export function ReportStateTag({ state }: { state: ReportState }) {
  const look = LOOKS[state];
  return (
    <Tag color={look.colour} icon={<span aria-hidden="true">{look.icon}</span>} data-report-state={state}>
      {look.label}
    </Tag>
  );
}
