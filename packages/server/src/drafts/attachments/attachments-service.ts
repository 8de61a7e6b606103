import { createHash, randomBytes } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Kysely } from "kysely";
import type { Owner } from "../../citizens/owner.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { getFormVersion } from "../../registry/form-versions.ts";
import { getLiveDraftHead } from "../drafts-service.ts";
import { attachmentRulesFor, describeSize } from "./attachment-rules.ts";
import {
  countDraftAttachments,
  deleteDraftAttachment,
  findDraftAttachmentFile,
  insertAttachment,
  listDraftAttachments,
} from "./attachments-repository.ts";
import { safeFilename } from "./safe-filename.ts";

type Db = Kysely<Database>;

/** Files one draft may hold at once; removing one makes room. */
export const MAX_FILES_PER_DRAFT = 50;

/** An uploaded file as read from the request: `truncated` when it went past the limit it was read with. */
export type ReadFile = (
  maxBytes: number,
) => Promise<{ filename: string | undefined; bytes: Buffer; truncated: boolean } | undefined>;

export interface AttachmentView {
  id: string;
  field: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

const toView = (row: Awaited<ReturnType<typeof listDraftAttachments>>[number]): AttachmentView => ({
  id: row.id,
  field: row.field_path,
  filename: row.filename,
  contentType: row.content_type,
  size: row.size,
  sha256: row.sha256,
  createdAt: new Date(row.created_at),
});

/**
 * Stores a file for a file field of the form version the draft is pinned to. Its type is what its bytes
 * are (the client's claim is ignored) and must be one the field accepts; its size within the field's
 * limit and the server's. The id (24 random bytes, base64url) is what the draft's answers refer to.
 */
export async function uploadAttachment(
  db: Db,
  owner: Owner | undefined,
  input: { draftId: string; field: string; serverLimitBytes: number },
  readFile: ReadFile,
): Promise<AttachmentView> {
  const draft = await getLiveDraftHead(db, owner, input.draftId);
  const form = await getFormVersion(db, draft.organisation_id, draft.form_version_id);
  const rules = attachmentRulesFor(form.spec, input.field);
  if ((await countDraftAttachments(db, draft.organisation_id, draft.id)) >= MAX_FILES_PER_DRAFT) {
    throw new AppError(
      "payload-too-large",
      `A draft holds at most ${MAX_FILES_PER_DRAFT} files; remove one you no longer need first`,
    );
  }
  const maxBytes = Math.min(rules.maxBytes, input.serverLimitBytes);
  const file = await readFile(maxBytes);
  if (!file) throw new AppError("bad-request", "Send the file as multipart/form-data, one file per request");
  if (file.truncated || file.bytes.length > maxBytes) {
    throw new AppError(
      "payload-too-large",
      `The file is larger than the ${describeSize(maxBytes)} this field accepts`,
      {
        maxBytes,
      },
    );
  }
  if (file.bytes.length === 0) throw new AppError("bad-request", "The file is empty");
  const sniffed = await fileTypeFromBuffer(file.bytes);
  if (!sniffed || !rules.types.includes(sniffed.mime)) {
    const what = sniffed ? `is ${sniffed.mime}` : "is of a kind that could not be recognised";
    throw new AppError(
      "unsupported-media-type",
      `This field accepts ${rules.types.join(", ")}; the file you sent ${what}`,
      { allowedTypes: rules.types, ...(sniffed ? { detectedType: sniffed.mime } : {}) },
    );
  }
  const row = await insertAttachment(db, {
    id: randomBytes(24).toString("base64url"),
    organisationId: draft.organisation_id,
    draftId: draft.id,
    field: input.field,
    filename: safeFilename(file.filename, sniffed.ext),
    contentType: sniffed.mime,
    size: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    content: file.bytes,
  });
  return toView(row);
}

export async function listAttachments(db: Db, owner: Owner | undefined, draftId: string) {
  const draft = await getLiveDraftHead(db, owner, draftId);
  return (await listDraftAttachments(db, draft.organisation_id, draft.id)).map(toView);
}

/** A file of the owner's draft, with the type sniffed when it was uploaded. */
export async function getAttachmentFile(db: Db, owner: Owner | undefined, draftId: string, id: string) {
  const draft = await getLiveDraftHead(db, owner, draftId);
  const row = await findDraftAttachmentFile(db, draft.organisation_id, draft.id, id);
  if (!row) throw notFound("Attachment");
  const content = row.content;
  return {
    filename: row.filename,
    contentType: row.content_type,
    bytes: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
  };
}

export async function deleteAttachment(db: Db, owner: Owner | undefined, draftId: string, id: string) {
  const draft = await getLiveDraftHead(db, owner, draftId);
  if (!(await deleteDraftAttachment(db, draft.organisation_id, draft.id, id))) throw notFound("Attachment");
}
