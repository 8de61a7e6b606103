import { AppError } from "../errors/app-error.ts";

/** Largest serialized draft: generous for any form, small enough that autosave stays cheap. */
export const DRAFT_DATA_MAX_BYTES = 512 * 1024;
/** Deepest nesting of objects and lists in a draft; real forms stay far below it. */
export const DRAFT_DATA_MAX_DEPTH = 32;

/**
 * Checks a draft's answers before they are stored and returns them serialized: a JSON object, at most
 * DRAFT_DATA_MAX_DEPTH levels deep (checked without recursion, before anything recursive touches it),
 * with no `__proto__` key, and at most DRAFT_DATA_MAX_BYTES long.
 */
export function serializeDraftData(data: unknown): string {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new AppError("bad-request", "The draft's data must be a JSON object of answers");
  checkShape(data);
  const json = JSON.stringify(data);
  // A UTF-16 code unit takes at most 3 bytes of UTF-8: only a long string needs its bytes counted.
  if (json.length * 3 > DRAFT_DATA_MAX_BYTES) {
    const bytes = Buffer.byteLength(json);
    if (bytes > DRAFT_DATA_MAX_BYTES) {
      throw new AppError(
        "payload-too-large",
        `The draft's answers take ${Math.ceil(bytes / 1024)} KiB; a draft holds at most ${DRAFT_DATA_MAX_BYTES / 1024} KiB (send documents as attachments)`,
        { bytes, maxBytes: DRAFT_DATA_MAX_BYTES },
      );
    }
  }
  return json;
}

/**
 * True when JSON parsed without Fastify's guard (tRPC parses its own bodies) carries a `__proto__` or
 * `constructor.prototype` key, which object copies downstream would turn into a prototype.
 */
export function hasPrototypeKey(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      if (key === "__proto__") return true;
      if (
        key === "constructor" &&
        typeof child === "object" &&
        child !== null &&
        Object.hasOwn(child, "prototype")
      )
        return true;
      pending.push(child);
    }
  }
  return false;
}

/** Walks the objects and lists only (answers are mostly strings), on a stack rather than by recursion. */
function checkShape(root: object): void {
  const pending: object[] = [root];
  const depths: number[] = [1];
  while (pending.length > 0) {
    const value = pending.pop() as object;
    const depth = depths.pop() as number;
    if (depth > DRAFT_DATA_MAX_DEPTH) {
      throw new AppError(
        "bad-request",
        `The draft's data is nested more than ${DRAFT_DATA_MAX_DEPTH} levels deep, which no form needs`,
      );
    }
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === "object" && item !== null) {
          pending.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    const entries = value as Record<string, unknown>;
    for (const key of Object.keys(entries)) {
      if (key === "__proto__")
        throw new AppError(
          "bad-request",
          "The draft's data contains a `__proto__` key, which is not allowed",
        );
      const child = entries[key];
      if (typeof child === "object" && child !== null) {
        pending.push(child);
        depths.push(depth + 1);
      }
    }
  }
}
