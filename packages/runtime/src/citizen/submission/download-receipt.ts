import { ApiError } from "../../api/api-request.ts";

const filenameOf = (disposition: string | null) => disposition?.match(/filename="?([^";]+)"?/)?.[1];

/**
 * Fetches a submission's signed PDF receipt (with the resume token of an anonymous owner, which a
 * plain link could not send) and hands it to the browser as a download.
 */
export async function downloadReceipt(submissionId: string, fallbackName: string, resumeToken?: string) {
  let response: Response;
  try {
    response = await fetch(`/api/v1/submissions/${encodeURIComponent(submissionId)}/receipt`, {
      credentials: "same-origin",
      headers: resumeToken ? { "x-resume-token": resumeToken } : {},
    });
  } catch (error) {
    throw new ApiError(0, "network", (error as Error).message || "the server cannot be reached");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as {
      error?: { code?: string; message?: string };
    };
    throw new ApiError(
      response.status,
      body?.error?.code ?? "http",
      body?.error?.message ?? `the server answered ${response.status}`,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = filenameOf(response.headers.get("content-disposition")) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
