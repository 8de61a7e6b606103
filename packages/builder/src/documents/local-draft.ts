import type { Content } from "./registry-api.ts";

/** The editor's working state of one document, kept in the browser so a reload loses nothing. */
export interface LocalDraft {
  content: Content;
  /** When it was written (ISO). */
  savedAt: string;
}

export const localDraftKey = (organisation: string, kind: string, id: string) =>
  `civitas.builder.draft:${organisation}/${kind}/${id}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readLocalDraft(key: string): LocalDraft | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft;
    return draft && typeof draft.content === "object" && typeof draft.savedAt === "string" ? draft : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(key: string, content: Content): void {
  try {
    storage()?.setItem(key, JSON.stringify({ content, savedAt: new Date().toISOString() }));
  } catch {
    // A full or refused storage only loses the offer to restore; the editor goes on.
  }
}

export function clearLocalDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // see writeLocalDraft
  }
}

/** Same JSON, key order included: the order of a schema's properties is the order of its fields. */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
