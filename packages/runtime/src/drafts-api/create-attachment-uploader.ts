import type { UploadedFile, UploadFile } from "../theme/civitas-form-context.ts";

/** The part of `XMLHttpRequest` an upload needs (injected for tests; the browser's by default). */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  withCredentials: boolean;
  status: number;
  responseText: string;
  upload: {
    onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;
  };
  onload: (() => void) | null;
  onerror: (() => void) | null;
}

export interface AttachmentUploaderOptions {
  draftId: string;
  /** Where the REST API is mounted; `/api/v1` by default. */
  baseUrl?: string;
  resumeToken?: string;
  /** Send cookies to another origin (a form embedded on a portal). */
  withCredentials?: boolean;
  createRequest?: () => UploadRequest;
}

/**
 * The `uploadFile` for `CivitasForm` on the server's drafts API: `POST {baseUrl}/drafts/{id}/attachments
 * ?field=<definition path>` as multipart with one `file`. It uses XMLHttpRequest because only it
 * reports upload progress. A refusal (wrong type, too large, expired draft) rejects with the server's
 * own sentence, which the file widget shows.
 *
 * @example
 * ```tsx
 * <CivitasForm spec={spec} locale="cs" uploadFile={createAttachmentUploader({ draftId: draft.id })} />
 * ```
 */
export function createAttachmentUploader(options: AttachmentUploaderOptions): UploadFile {
  const baseUrl = options.baseUrl ?? "/api/v1";
  const createRequest = options.createRequest ?? (() => new XMLHttpRequest() as unknown as UploadRequest);
  return (file, { fieldPath, onProgress }) =>
    new Promise<UploadedFile>((resolve, reject) => {
      const request = createRequest();
      const url = `${baseUrl}/drafts/${encodeURIComponent(options.draftId)}/attachments?field=${encodeURIComponent(fieldPath)}`;
      request.open("POST", url);
      request.withCredentials = options.withCredentials ?? false;
      if (options.resumeToken) request.setRequestHeader("x-resume-token", options.resumeToken);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      request.onerror = () => reject(new Error("the connection to the server failed"));
      request.onload = () => {
        let body: { id?: string; filename?: string; size?: number; error?: { message?: string } } = {};
        try {
          body = JSON.parse(request.responseText);
        } catch {
          // An answer that is not JSON is reported by its status below.
        }
        if (request.status === 201 && body.id) {
          onProgress(1);
          resolve({ id: body.id, filename: body.filename ?? file.name, size: body.size ?? file.size });
        } else reject(new Error(body.error?.message ?? `the server answered ${request.status}`));
      };
      const form = new FormData();
      form.append("file", file, file.name);
      request.send(form);
    });
}
