/** The part of `localStorage` the autosave uses (injected, so tests and other storages fit). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Answers that have not reached the server, kept on this device with the revision they build on. */
export interface LocalDraftCopy {
  revision: number;
  data: Record<string, unknown>;
  page?: string | null;
  keptAt: string;
}

const keyOf = (draftId: string) => `civitas-draft:${draftId}`;

/**
 * A draft's unsent answers in the browser's storage. Every call survives a storage that is full,
 * disabled or absent: losing the local copy must never stop the form.
 */
export function localDraftCopy(storage: DraftStorage | undefined, draftId: string) {
  return {
    read(): LocalDraftCopy | undefined {
      try {
        const text = storage?.getItem(keyOf(draftId));
        const copy = text ? (JSON.parse(text) as LocalDraftCopy) : undefined;
        return copy && typeof copy.revision === "number" && typeof copy.data === "object" ? copy : undefined;
      } catch {
        return undefined;
      }
    },
    write(copy: Omit<LocalDraftCopy, "keptAt">): void {
      try {
        storage?.setItem(keyOf(draftId), JSON.stringify({ ...copy, keptAt: new Date().toISOString() }));
      } catch {
        // Full or disabled storage: the answers are still in memory and sent when possible.
      }
    },
    clear(): void {
      try {
        storage?.removeItem(keyOf(draftId));
      } catch {
        // Nothing to clear.
      }
    },
  };
}

/** The browser's `localStorage`, or nothing where the page may not use it (it throws in a third-party frame). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
