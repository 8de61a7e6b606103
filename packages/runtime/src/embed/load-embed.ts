import type { FormSpec } from "@civitas/definitions/form";
import type { UploadedFile } from "../theme/civitas-form-context.ts";
import {
  type EmbedApi,
  EmbedApiError,
  type EmbedDraft,
  type PublishedForm,
  type SubmittedCase,
} from "./embed-api.ts";
import type { EmbedStorage } from "./embed-storage.ts";

/** What an embedded form shows once loaded. */
export type LoadedEmbed =
  | { kind: "sign-in"; published: PublishedForm }
  | { kind: "submitted"; published: PublishedForm; submitted: SubmittedCase & { resumeToken: string } }
  | {
      kind: "form";
      published: PublishedForm;
      /** The version to fill: the resumed draft's pinned one, else the latest. */
      spec: FormSpec;
      resumed?: { draft: EmbedDraft; resumeToken: string; files: UploadedFile[] };
    };

/** The server no longer has the draft for this token: start afresh rather than fail. */
const isGone = (error: unknown) =>
  error instanceof EmbedApiError && error.status >= 400 && error.status < 500 && error.status !== 429;

/**
 * Loads an embedded form: the published form; for a form open to anonymous use, the draft or the
 * case this browser kept for it. A kept draft the server no longer knows (expired, submitted
 * elsewhere) is forgotten; a network failure is not (it is thrown, to be tried again).
 */
export async function loadEmbed(
  api: EmbedApi,
  kept: EmbedStorage,
  organisation: string,
  form: string,
): Promise<LoadedEmbed> {
  const published = await api.getForm(organisation, form);
  if (!published.definition.submission.allowAnonymous) return { kind: "sign-in", published };
  const stored = kept.read();
  if (stored && "submitted" in stored) return { kind: "submitted", published, submitted: stored.submitted };
  if (stored) {
    try {
      const draft = await api.getDraft(stored.draftId, stored.resumeToken);
      const [spec, files] = await Promise.all([
        draft.formVersion === published.version
          ? published.definition
          : api.getForm(organisation, form, draft.formVersion).then((pinned) => pinned.definition),
        api.listAttachments(draft.id, stored.resumeToken).catch(() => []),
      ]);
      return { kind: "form", published, spec, resumed: { draft, resumeToken: stored.resumeToken, files } };
    } catch (error) {
      if (!isGone(error)) throw error;
      kept.clear();
    }
  }
  return { kind: "form", published, spec: published.definition };
}
