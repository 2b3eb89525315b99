// Reads the one file of a multipart upload into memory, within a size limit, as typed refusals.
import type { FastifyRequest } from "fastify";
import { AppError, type ErrorCode } from "../errors.js";

export interface UploadedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export async function readUploadedFile(
  request: FastifyRequest,
  limits: { maxBytes: number; tooLarge: ErrorCode; tooLargeMessage: string },
): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new AppError("FILE_MISSING", { field: "file" });
  const part = await request.file({ limits: { fileSize: limits.maxBytes, files: 1 } });
  if (!part) throw new AppError("FILE_MISSING", { field: "file" });
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
      throw new AppError(limits.tooLarge, { message: limits.tooLargeMessage });
    }
    throw error;
  }
  if (part.file.truncated) throw new AppError(limits.tooLarge, { message: limits.tooLargeMessage });
  return { fileName: part.filename || "upload", mimeType: part.mimetype, bytes: new Uint8Array(bytes) };
}
