import { apiRequest } from "../../api/api-request.ts";
import { localDraftCopy } from "../../autosave/local-draft-copy.ts";
import type { SubmissionReceipt } from "../api/api-types.ts";
import { idempotencyKeyFor, type KeyStorage } from "./idempotency-key.ts";
import type { ResumeTokens } from "./resume-tokens.ts";

export interface Application {
  organisation: string;
  form: string;
  draftId: string;
  data: Record<string, unknown>;
  locale: string;
  resumeToken?: string | undefined;
  tokens: ResumeTokens;
  keys?: KeyStorage;
}

const inFlight = new Map<string, Promise<SubmissionReceipt>>();

/**
 * Submits a draft's answers with an Idempotency-Key that stays the same for the same answers, so a
 * double click or a retry is one submission (calls made while one is on its way share its answer).
 * Afterwards an anonymous owner keeps the submission's token on this device, and the draft's local
 * traces are dropped.
 */
export function submitApplication(application: Application): Promise<SubmissionReceipt> {
  const { organisation, form, draftId, resumeToken, tokens } = application;
  const key = idempotencyKeyFor(draftId, application.data, application.keys);
  const running = inFlight.get(key);
  if (running) return running;
  const request = apiRequest<SubmissionReceipt>(
    `/organisations/${encodeURIComponent(organisation)}/forms/${encodeURIComponent(form)}/submissions`,
    {
      method: "POST",
      headers: { "idempotency-key": key },
      resumeToken,
      body: { data: application.data, locale: application.locale, draftId },
    },
  )
    .then((receipt) => {
      const token = receipt.resumeToken ?? resumeToken;
      if (token) tokens.keepSubmission(receipt.id, token);
      if (resumeToken) tokens.keepDraft(organisation, form, undefined);
      localDraftCopy(globalThis.localStorage, draftId).clear();
      return receipt;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, request);
  return request;
}
