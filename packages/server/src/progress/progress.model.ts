export type ReportState = "submitted" | "accepted" | "returned";

export interface ProgressValue {
  targetId: string;
  value: number;
}

export interface EvidenceRef {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface ProgressReport {
  id: string;
  itemId: string;
  itemTitle: string;
  unitId: string;
  unitName: string;
  period: string;
  revision: number;
  state: ReportState;
  narrative: string;
  values: ProgressValue[];
  evidence: EvidenceRef[];
  submittedBy: string;
  submittedByName: string;
  submittedAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
}

export interface ProgressDraft {
  period: string;
  values: ProgressValue[];
  narrative: string;
  evidenceIds: string[];
  updatedAt: Date;
}
