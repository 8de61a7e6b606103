import { ApiError, apiRequest } from "../../api/api-request.ts";
import type { Attachment, Draft, MyDraft } from "../api/api-types.ts";
import type { ResumeTokens } from "./resume-tokens.ts";

export interface DraftToOpen {
  organisation: string;
  form: string;
  signedIn: boolean;
  /** A resume link's draft and token (`?draft=<id>#token=<token>`). */
  link?: { draftId: string; token: string } | undefined;
  tokens: ResumeTokens;
}

export interface OpenedDraft {
  draft: Draft;
  /** For an anonymous draft: what opens it, on this device or through the resume link. */
  resumeToken?: string;
  attachments: Attachment[];
}

const gone = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 410);

async function withAttachments(draft: Draft, resumeToken?: string): Promise<OpenedDraft> {
  const { attachments } = await apiRequest<{ attachments: Attachment[] }>(`/drafts/${draft.id}/attachments`, {
    resumeToken,
  });
  return { draft, attachments, ...(resumeToken ? { resumeToken } : {}) };
}

/**
 * The draft to continue: the one of a resume link; else, signed in, the citizen's latest draft of this
 * form; else, anonymous, the one this device started (if it still exists). Only when there is none is
 * a new draft started, so a reload or a second visit never starts over.
 */
export async function findOrCreateDraft(request: DraftToOpen): Promise<OpenedDraft> {
  const { organisation, form, tokens, link } = request;
  const read = (id: string, resumeToken?: string) =>
    apiRequest<Draft>(`/drafts/${encodeURIComponent(id)}`, { resumeToken });

  if (link) {
    const draft = await read(link.draftId, link.token);
    tokens.keepDraft(organisation, form, { draftId: draft.id, token: link.token });
    return withAttachments(draft, link.token);
  }
  if (request.signedIn) {
    const { drafts } = await apiRequest<{ drafts: MyDraft[] }>("/citizen/drafts");
    const mine = drafts
      .filter((draft) => draft.organisation === organisation && draft.form === form)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    if (mine) {
      const draft = await read(mine.id).catch((error: unknown) =>
        gone(error) ? undefined : Promise.reject(error),
      );
      if (draft) return withAttachments(draft);
    }
  } else {
    const kept = tokens.draft(organisation, form);
    if (kept) {
      const draft = await read(kept.draftId, kept.token).catch((error: unknown) =>
        gone(error) ? undefined : Promise.reject(error),
      );
      if (draft) return withAttachments(draft, kept.token);
      tokens.keepDraft(organisation, form, undefined);
    }
  }
  const created = await apiRequest<Draft>(
    `/organisations/${encodeURIComponent(organisation)}/forms/${encodeURIComponent(form)}/drafts`,
    { method: "POST", body: {} },
  );
  const { resumeToken, ...draft } = created;
  if (resumeToken) tokens.keepDraft(organisation, form, { draftId: draft.id, token: resumeToken });
  return { draft, attachments: [], ...(resumeToken ? { resumeToken } : {}) };
}
