import { crc32, deflateSync } from "node:zlib";
import { DOCUMENT_SCHEMAS } from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { publishVersion } from "../registry/document-store.ts";

// Fixtures shared by the drafts tests (the demo forms all need a sign-in).

export const ANONYMOUS_FORM = "anonymous-feedback";

/** Publishes a small form anyone may fill without signing in, with file fields; returns its version. */
export async function publishAnonymousForm(
  db: Kysely<Database>,
  organisation: string,
  extraProperties: Record<string, unknown> = {},
): Promise<number> {
  const definition = DOCUMENT_SCHEMAS.Form.parse({
    apiVersion: "civitas/v1",
    kind: "Form",
    metadata: { id: ANONYMOUS_FORM, organisation },
    spec: {
      name: { cs: "Podnět občana", en: "Citizen feedback", lv: "Iedzīvotāja atsauksme" },
      schema: {
        type: "object",
        properties: {
          message: { type: "string" },
          photo: { type: "string", format: "attachment" },
          scan: { type: "string", format: "attachment" },
          documents: { type: "array", items: { type: "string", format: "attachment" } },
          ...extraProperties,
        },
      },
      attachments: { scan: { maxSizeMb: 0.05, types: ["application/pdf"] } },
      submission: { allowAnonymous: true, draftRetentionDays: 7 },
    },
  });
  return (await publishVersion(db, definition, "test")).version;
}

/** A real one-page PDF, optionally padded with a comment to a larger size. */
export function pdfBytes(padding = 0): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  if (padding > 0) body += `%${"x".repeat(padding)}\n`;
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A real 1×1 PNG. */
export function pngBytes(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 200, 40, 40, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The start of a Windows executable. */
export function exeBytes(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "ascii");
  bytes.write("This program cannot be run in DOS mode.", 78, "ascii");
  return bytes;
}

/** A multipart/form-data body with one file part, as a browser sends it. */
export function multipartFile(file: { filename: string; contentType: string; bytes: Buffer }) {
  const boundary = `----civitas${Math.random().toString(16).slice(2)}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
    `Content-Type: ${file.contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, "utf8"), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
