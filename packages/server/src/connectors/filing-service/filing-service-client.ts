import { createHash } from "node:crypto";
import { DeliveryError } from "../connector.ts";
import { failureOf, unreachable } from "../http-failure.ts";

export interface FilingRecord {
  id: string;
  reference: string;
  externalId: string;
  documents: Array<{ id: string; name: string; sha256: string }>;
}

export interface NewFilingRecord {
  externalId: string;
  title: string;
  caseNumber: string;
  organisation: string;
  form: { id: string; version: number };
  submittedAt: string;
  locale: string;
  data: Record<string, unknown>;
}

export interface FilingDocument {
  name: string;
  kind: "receipt" | "attachment";
  contentType: string;
  content: Uint8Array;
}

/**
 * A client of the filing-service contract (docs/back-office-integration.md): create a record keyed
 * by our idempotency key, upload documents to it, read it back. Every call is idempotent on the
 * receiver's side, so a retried delivery repeats them safely.
 */
export class FilingServiceClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | undefined,
    private readonly signal: AbortSignal,
  ) {}

  createRecord(record: NewFilingRecord): Promise<FilingRecord> {
    return this.call("POST", "/records", record);
  }

  uploadDocument(recordId: string, document: FilingDocument): Promise<unknown> {
    return this.call("POST", `/records/${encodeURIComponent(recordId)}/documents`, {
      name: document.name,
      kind: document.kind,
      contentType: document.contentType,
      sha256: createHash("sha256").update(document.content).digest("hex"),
      contentBase64: Buffer.from(document.content).toString("base64"),
    });
  }

  getRecord(recordId: string): Promise<FilingRecord> {
    return this.call("GET", `/records/${encodeURIComponent(recordId)}`);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = `${this.baseUrl.replace(/\/+$/, "")}${path}`;
    const what = `The filing service (${method} ${url})`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: this.signal,
        redirect: "manual",
      });
    } catch (error) {
      throw unreachable(error, what);
    }
    if (!response.ok) throw await failureOf(response, what);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new DeliveryError(`${what} answered with something that is not JSON`, { cause: error });
    }
  }
}
