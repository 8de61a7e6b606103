import { describe, expect, it, vi } from "vitest";
import { createAttachmentUploader, type UploadRequest } from "./create-attachment-uploader.ts";

/** An XMLHttpRequest the test answers itself. */
class FakeRequest implements UploadRequest {
  opened: string[] = [];
  headers: Record<string, string> = {};
  sent: FormData | undefined;
  withCredentials = false;
  status = 0;
  responseText = "";
  upload: UploadRequest["upload"] = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(method: string, url: string) {
    this.opened = [method, url];
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.sent = body;
  }
}

describe("createAttachmentUploader", () => {
  it("posts the file for its field, reports progress and resolves with the stored file", async () => {
    const request = new FakeRequest();
    const upload = createAttachmentUploader({
      draftId: "d-1",
      resumeToken: "token",
      withCredentials: true,
      createRequest: () => request,
    });
    const onProgress = vi.fn();
    const file = new File(["%PDF-1.7"], "rozhodnuti.pdf", { type: "application/pdf" });
    const done = upload(file, { fieldPath: "representatives[].courtDecision", onProgress });

    expect(request.opened).toEqual([
      "POST",
      "/api/v1/drafts/d-1/attachments?field=representatives%5B%5D.courtDecision",
    ]);
    expect(request.headers).toEqual({ "x-resume-token": "token" });
    expect(request.withCredentials).toBe(true);
    expect((request.sent?.get("file") as File | undefined)?.name).toBe("rozhodnuti.pdf");
    request.upload.onprogress?.({ loaded: 50, total: 200, lengthComputable: true });
    expect(onProgress).toHaveBeenLastCalledWith(0.25);

    request.status = 201;
    request.responseText = JSON.stringify({
      id: "AbCdEfGh12345678",
      filename: "rozhodnuti.pdf",
      size: 8,
      field: "x",
    });
    request.onload?.();
    await expect(done).resolves.toEqual({ id: "AbCdEfGh12345678", filename: "rozhodnuti.pdf", size: 8 });
  });

  it("rejects with the server's own words", async () => {
    const request = new FakeRequest();
    const done = createAttachmentUploader({ draftId: "d-1", createRequest: () => request })(
      new File(["x"], "a.exe"),
      {
        fieldPath: "declarations.otherAttachments",
        onProgress: () => {},
      },
    );
    request.status = 415;
    request.responseText = JSON.stringify({
      error: { code: "unsupported-media-type", message: "This field accepts application/pdf" },
    });
    request.onload?.();
    await expect(done).rejects.toThrow("This field accepts application/pdf");
  });
});
