import {
  CheckCircleFilled,
  ClockCircleFilled,
  CloseCircleFilled,
  QuestionCircleFilled,
  WarningFilled,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import { lookOfStatus, type StatusLook } from "../status/item-status.js";

// Each tone has its own shape as well as its colour, and the word always stands beside it, so the
// light reads the same to a colour-blind user and in a black-and-white printout.
const ICONS: Record<StatusLook["tone"], ReactNode> = {
  green: <CheckCircleFilled />,
  yellow: <WarningFilled />,
  red: <CloseCircleFilled />,
  grey: <QuestionCircleFilled />,
};

export function StatusLight({ status }: { status: string }) {
  const look = lookOfStatus(status);
  const icon = status === "on_track" ? <ClockCircleFilled /> : ICONS[look.tone];
  return (
    <span className="status-light" data-status={status} style={{ color: look.colour }}>
      <span aria-hidden="true">{icon}</span>
      <span className="status-light-word">{look.label}</span>
    </span>
  );
}
