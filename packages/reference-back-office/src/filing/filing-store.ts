import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { FileWriter, readTextFile } from "../file-writer.ts";

/** A record as the sender files it (`POST /filing/v1/records`). */
export interface NewFilingRecord {
  /** The sender's idempotency key: filing it again returns the same record. */
  externalId: string;
  title: string;
  caseNumber: string;
  organisation: string;
  form: { id: string; version: number };
  submittedAt: string;
  locale: string;
  data: Record<string, unknown>;
}

/** A document's metadata; its bytes are served by `GET …/documents/:documentId/content`. */
export interface FiledDocument {
  id: string;
  name: string;
  kind: "receipt" | "attachment";
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

/** A filed record, with the filing system's own `reference` (e.g. `DUB/2026/000123`). */
export interface FiledRecord extends NewFilingRecord {
  id: string;
  reference: string;
  createdAt: string;
  documents: FiledDocument[];
}

export type NewDocument = Omit<FiledDocument, "id" | "size" | "createdAt"> & { content: Buffer };

interface SavedState {
  /** The last sequence number given per year. */
  sequences: Record<string, number>;
  records: FiledRecord[];
}

/**
 * The filed records, in memory; with a directory, also in `records.json` there and the documents'
 * bytes in `documents/<id>`, so they outlive a restart.
 */
export class FilingStore {
  private readonly records = new Map<string, FiledRecord>();
  private readonly byExternalId = new Map<string, FiledRecord>();
  private readonly contents = new Map<string, Buffer>();
  private sequences: Record<string, number> = {};
  private readonly writer = new FileWriter();

  private constructor(
    private readonly referencePrefix: string,
    private readonly dir: string | undefined,
  ) {}

  /** Opens the store, loading what an earlier run left in `dir`. */
  static async open(referencePrefix: string, dir?: string): Promise<FilingStore> {
    const store = new FilingStore(referencePrefix, dir);
    if (!dir) return store;
    const text = await readTextFile(join(dir, "records.json"));
    if (text === undefined) return store;
    const saved = JSON.parse(text) as SavedState;
    store.sequences = saved.sequences;
    for (const record of saved.records) {
      store.remember(record);
      for (const document of record.documents)
        store.contents.set(document.id, await readFile(store.documentPath(document.id)));
    }
    return store;
  }

  list(): FiledRecord[] {
    return [...this.records.values()];
  }

  get(id: string): FiledRecord | undefined {
    return this.records.get(id);
  }

  findByExternalId(externalId: string): FiledRecord | undefined {
    return this.byExternalId.get(externalId);
  }

  content(documentId: string): Buffer | undefined {
    return this.contents.get(documentId);
  }

  /** Files a record, or returns the one already filed under the same `externalId`. */
  async create(input: NewFilingRecord, now = new Date()): Promise<{ record: FiledRecord; created: boolean }> {
    const existing = this.byExternalId.get(input.externalId);
    if (existing) return { record: existing, created: false };
    const year = String(now.getUTCFullYear());
    const sequence = (this.sequences[year] ?? 0) + 1;
    this.sequences[year] = sequence;
    const record: FiledRecord = {
      id: randomUUID(),
      reference: `${this.referencePrefix}/${year}/${String(sequence).padStart(6, "0")}`,
      externalId: input.externalId,
      title: input.title,
      caseNumber: input.caseNumber,
      organisation: input.organisation,
      form: { id: input.form.id, version: input.form.version },
      submittedAt: input.submittedAt,
      locale: input.locale,
      data: input.data,
      createdAt: now.toISOString(),
      documents: [],
    };
    this.remember(record);
    await this.save();
    return { record, created: true };
  }

  /**
   * Adds a document to a record. The same name with the same bytes returns the document already
   * there; the same name with other bytes is a conflict.
   */
  async addDocument(
    record: FiledRecord,
    input: NewDocument,
    now = new Date(),
  ): Promise<{ document: FiledDocument; created: boolean } | "conflict"> {
    const existing = record.documents.find((document) => document.name === input.name);
    if (existing)
      return existing.sha256 === input.sha256 ? { document: existing, created: false } : "conflict";
    const document: FiledDocument = {
      id: randomUUID(),
      name: input.name,
      kind: input.kind,
      contentType: input.contentType,
      size: input.content.length,
      sha256: input.sha256,
      createdAt: now.toISOString(),
    };
    record.documents.push(document);
    this.contents.set(document.id, input.content);
    if (this.dir) await this.writer.write(this.documentPath(document.id), input.content);
    await this.save();
    return { document, created: true };
  }

  /** Resolves once everything filed so far is on disk. */
  flushed(): Promise<void> {
    return this.writer.idle();
  }

  private remember(record: FiledRecord) {
    this.records.set(record.id, record);
    this.byExternalId.set(record.externalId, record);
  }

  private documentPath(documentId: string) {
    return join(this.dir ?? "", "documents", documentId);
  }

  private async save() {
    if (!this.dir) return;
    const state: SavedState = { sequences: this.sequences, records: this.list() };
    await this.writer.write(join(this.dir, "records.json"), JSON.stringify(state, null, 2));
  }
}
