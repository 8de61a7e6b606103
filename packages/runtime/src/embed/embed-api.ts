import type { FormSpec } from "@civitas/definitions/form";
import type { UploadedFile } from "../theme/civitas-form-context.ts";

type Answers = Record<string, unknown>;

/** `GET /organisations/:org/forms/:form`: a published e-form. */
export interface PublishedForm {
  organisation: string;
  organisationName: Record<string, string>;
  languages: string[];
  form: string;
  version: number;
  definition: FormSpec;
}

export interface EmbedDraft {
  id: string;
  formVersion: number;
  data: Answers;
  page: string | null;
  revision: number;
  expiresAt: string;
  /** Only when the draft was just created. */
  resumeToken?: string;
}

/** What the server answers a submission: the citizen's reference. */
export interface SubmittedCase {
  id: string;
  caseNumber: string;
  submittedAt: string;
  receiptUrl: string;
  /** Only for an anonymous submission made without a draft. */
  resumeToken?: string;
}

/** An answer of the server that is not a success, or no answer at all (`status` 0). */
export class EmbedApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * The REST calls of an embedded form, from the portal's page to the server that served the script.
 * Never with cookies: the embed is an anonymous owner, known by its draft's resume token.
 */
export function embedApi(server: URL, fetcher: typeof fetch = (url, init) => globalThis.fetch(url, init)) {
  const base = new URL("api/v1/", server).href;
  const tokenHeader = (resumeToken?: string): Record<string, string> =>
    resumeToken ? { "x-resume-token": resumeToken } : {};

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetcher(new URL(path, base).href, { ...init, credentials: "omit" });
    } catch (error) {
      throw new EmbedApiError(error instanceof Error ? error.message : String(error), 0);
    }
    if (response.ok) return response;
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new EmbedApiError(
      body.error?.message ?? (response.statusText || `HTTP ${response.status}`),
      response.status,
      body.error?.code,
    );
  }
  const json = async <T>(path: string, init?: RequestInit): Promise<T> =>
    (await (await send(path, init)).json()) as T;
  const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const formPath = (organisation: string, form: string) =>
    `organisations/${encodeURIComponent(organisation)}/forms/${encodeURIComponent(form)}`;

  return {
    /** Where the autosave and the uploader find the API. */
    baseUrl: base.replace(/\/$/, ""),
    getForm: (organisation: string, form: string, version?: number) =>
      json<PublishedForm>(`${formPath(organisation, form)}${version ? `?version=${version}` : ""}`),
    createDraft: (organisation: string, form: string, body: { data: Answers; page: string | null }) =>
      json<EmbedDraft>(`${formPath(organisation, form)}/drafts`, post(body)),
    getDraft: (id: string, resumeToken: string) =>
      json<EmbedDraft>(`drafts/${encodeURIComponent(id)}`, { headers: tokenHeader(resumeToken) }),
    listAttachments: async (id: string, resumeToken: string): Promise<UploadedFile[]> =>
      (
        await json<{ attachments: UploadedFile[] }>(`drafts/${encodeURIComponent(id)}/attachments`, {
          headers: tokenHeader(resumeToken),
        })
      ).attachments,
    deleteAttachment: async (draftId: string, id: string, resumeToken: string): Promise<void> => {
      await send(`drafts/${encodeURIComponent(draftId)}/attachments/${encodeURIComponent(id)}`, {
        method: "DELETE",
        headers: tokenHeader(resumeToken),
      });
    },
    submit: (
      organisation: string,
      form: string,
      body: { data: Answers; locale: string; draftId?: string },
      headers: { idempotencyKey: string; resumeToken?: string | undefined },
    ) =>
      json<SubmittedCase>(
        `${formPath(organisation, form)}/submissions`,
        post(body, { "idempotency-key": headers.idempotencyKey, ...tokenHeader(headers.resumeToken) }),
      ),
    /** The signed PDF receipt, fetched with the token (a plain link could not send it). */
    getReceipt: async (receiptUrl: string, resumeToken?: string): Promise<Blob> =>
      (
        await send(new URL(receiptUrl.replace(/^\//, ""), server).href, { headers: tokenHeader(resumeToken) })
      ).blob(),
  };
}

export type EmbedApi = ReturnType<typeof embedApi>;
