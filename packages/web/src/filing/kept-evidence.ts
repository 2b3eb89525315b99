// The server keeps a draft's values and narrative but not its evidence files, which are uploaded
// apart; the browser keeps the list of files uploaded for a draft, so saving a draft and coming
// back later finds them still attached. Cleared once the report is filed.
import type { EvidenceFile } from "../api/api-types.js";

interface KeptEvidence {
  period: string;
  files: EvidenceFile[];
}

function keyOf(userId: string, itemId: string): string {
  return `luoshi.draft-evidence.${userId}.${itemId}`;
}

export function keptEvidence(
  storage: Storage,
  userId: string,
  itemId: string,
  period: string,
): EvidenceFile[] {
  try {
    const kept = JSON.parse(storage.getItem(keyOf(userId, itemId)) ?? "null") as KeptEvidence | null;
    return kept?.period === period && Array.isArray(kept.files) ? kept.files : [];
  } catch {
    return [];
  }
}

export function keepEvidence(
  storage: Storage,
  userId: string,
  itemId: string,
  period: string,
  files: readonly EvidenceFile[],
): void {
  try {
    if (files.length === 0) storage.removeItem(keyOf(userId, itemId));
    else storage.setItem(keyOf(userId, itemId), JSON.stringify({ period, files }));
  } catch {
    // A full or disabled storage only loses the convenience; the files stay on the server.
  }
}

export function forgetEvidence(storage: Storage, userId: string, itemId: string): void {
  try {
    storage.removeItem(keyOf(userId, itemId));
  } catch {
    // As above.
  }
}
