export type KeyStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const keyOf = (draftId: string) => `civitas-submission-key:${draftId}`;

/** A short fingerprint of the answers (FNV-1a, 52 bits): enough to tell a retry from changed answers. */
function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xfffffffffffffn;
  }
  return hash.toString(36);
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The Idempotency-Key to submit a draft's answers with: the same key for as long as the answers are the
 * same (a double click, a retry after a lost answer, a reload), a new one once they changed. Kept per
 * draft in `storage` (the tab's `sessionStorage` by default).
 */
export function idempotencyKeyFor(
  draftId: string,
  data: unknown,
  storage: KeyStorage | undefined = globalThis.sessionStorage,
): string {
  const answers = fingerprint(JSON.stringify(data));
  try {
    const kept = JSON.parse(storage?.getItem(keyOf(draftId)) ?? "null") as {
      answers: string;
      key: string;
    } | null;
    if (kept?.answers === answers && typeof kept.key === "string") return kept.key;
  } catch {
    // A broken entry: make a new key.
  }
  const key = randomKey();
  try {
    storage?.setItem(keyOf(draftId), JSON.stringify({ answers, key }));
  } catch {
    // Not kept: a retry in this page still reuses it through the caller.
  }
  return key;
}
