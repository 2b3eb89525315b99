import { Tooltip } from "antd";
import { clampPercent } from "../status/item-status.js";

interface CompletionBarProps {
  /** 0–100. */
  completion: number;
  /** Expected progress by now (序时进度), 0–100; null hides the marker. */
  expected: number | null;
  /** Bar colour, usually the status colour. */
  colour?: string;
}

/** A completion bar with a marker at the expected progress (序时进度), both also given in words. */
export function CompletionBar({ completion, expected, colour = "#1f5fbf" }: CompletionBarProps) {
  const done = clampPercent(completion);
  const due = expected === null ? null : clampPercent(expected);
  const words = due === null ? `完成 ${done}%` : `完成 ${done}%，序时进度 ${due}%`;
  return (
    <div className="completion-bar">
      <div
        className="completion-bar-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={done}
        aria-valuetext={words}
        aria-label="完成进度"
      >
        <div className="completion-bar-fill" style={{ width: `${done}%`, background: colour }} />
        {due !== null && (
          <Tooltip title={`序时进度 ${due}%`}>
            <div className="completion-bar-expected" style={{ left: `${due}%` }} data-expected={due} />
          </Tooltip>
        )}
      </div>
      <span className="completion-bar-text">
        {done}%{due !== null && <span className="completion-bar-due"> / 序时 {due}%</span>}
      </span>
    </div>
  );
}
