// What an evidence file may be, judged by its leading bytes rather than its name alone: PDF, images,
// Office documents (OOXML and legacy), ZIP archives and plain text.

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const signatures: { type: string; magic: number[]; extensions: string[] }[] = [
  { type: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46], extensions: ["pdf"] },
  { type: "image/png", magic: [0x89, 0x50, 0x4e, 0x47], extensions: ["png"] },
  { type: "image/jpeg", magic: [0xff, 0xd8, 0xff], extensions: ["jpg", "jpeg"] },
  {
    type: "application/zip",
    magic: [0x50, 0x4b, 0x03, 0x04],
    extensions: ["docx", "xlsx", "pptx", "zip", "wps", "et"],
  },
  {
    type: "application/x-ole-storage",
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    extensions: ["doc", "xls", "ppt", "wps", "et"],
  },
];

const officeTypes: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

/** The content type to store for an upload, or null when the file is not an accepted kind. */
export function evidenceContentType(fileName: string, bytes: Uint8Array): string | null {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  for (const s of signatures) {
    if (s.magic.every((b, i) => bytes[i] === b)) {
      if (!s.extensions.includes(extension)) return null;
      return officeTypes[extension] ?? s.type;
    }
  }
  if (["txt", "csv", "md"].includes(extension) && isUtf8Text(bytes)) {
    return extension === "csv" ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8";
  }
  return null;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
