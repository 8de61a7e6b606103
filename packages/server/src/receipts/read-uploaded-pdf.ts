import type { FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error.ts";

/** The PDF of a verification request: the raw body, or the `receipt` file of a multipart form. */
export async function readUploadedPdf(request: FastifyRequest): Promise<Uint8Array> {
  let bytes: Uint8Array | undefined;
  if (request.isMultipart()) {
    for await (const part of request.parts()) {
      if (part.type === "file" && part.fieldname === "receipt") bytes = await part.toBuffer();
      else if (part.type === "file") part.file.resume();
    }
  } else if (Buffer.isBuffer(request.body)) bytes = request.body;
  else
    throw new AppError(
      "unsupported-media-type",
      "Send the receipt as application/pdf or as the receipt file of a form",
    );
  if (!bytes || bytes.length === 0) throw new AppError("bad-request", "No receipt was sent");
  // A PDF starts with its header, which readers accept anywhere in the first kilobyte.
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes("%PDF-"))
    throw new AppError("bad-request", "The file sent is not a PDF; send the receipt's PDF file");
  return bytes;
}
