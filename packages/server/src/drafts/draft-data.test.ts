import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import {
  DRAFT_DATA_MAX_BYTES,
  DRAFT_DATA_MAX_DEPTH,
  hasPrototypeKey,
  serializeDraftData,
} from "./draft-data.ts";

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : "not an AppError";
  }
  return "accepted";
};

const nested = (depth: number) => {
  let value: unknown = "leaf";
  for (let level = 0; level < depth; level++) value = level % 2 ? { next: value } : [value];
  return { root: value };
};

describe("draft data", () => {
  it("is stored as the JSON of an object", () => {
    expect(serializeDraftData({ child: { name: "Ema" }, kids: [1, 2] })).toBe(
      '{"child":{"name":"Ema"},"kids":[1,2]}',
    );
    expect(codeOf(() => serializeDraftData([1]))).toBe("bad-request");
    expect(codeOf(() => serializeDraftData("text"))).toBe("bad-request");
    expect(codeOf(() => serializeDraftData(null))).toBe("bad-request");
  });

  it("may be nested up to the limit, objects and lists alike, and no deeper", () => {
    expect(codeOf(() => serializeDraftData(nested(DRAFT_DATA_MAX_DEPTH - 1)))).toBe("accepted");
    expect(codeOf(() => serializeDraftData(nested(DRAFT_DATA_MAX_DEPTH)))).toBe("bad-request");
  });

  it("refuses nesting far too deep for recursion without overflowing the stack", () => {
    expect(codeOf(() => serializeDraftData(nested(200_000)))).toBe("bad-request");
  });

  it("counts its size in bytes, not characters", () => {
    const chars = Math.floor(DRAFT_DATA_MAX_BYTES / 2) - 100;
    expect(codeOf(() => serializeDraftData({ note: "a".repeat(chars) }))).toBe("accepted");
    expect(codeOf(() => serializeDraftData({ note: "ř".repeat(chars) }))).toBe("accepted");
    expect(codeOf(() => serializeDraftData({ note: "ř".repeat(chars + 200) }))).toBe("payload-too-large");
  });

  it("refuses a __proto__ key wherever JSON.parse left one", () => {
    expect(codeOf(() => serializeDraftData(JSON.parse('{"a":[{"__proto__":{"x":1}}]}')))).toBe("bad-request");
    expect(hasPrototypeKey(JSON.parse('{"a":[{"__proto__":{"x":1}}]}'))).toBe(true);
    expect(hasPrototypeKey(JSON.parse('{"a":{"constructor":{"prototype":{"x":1}}}}'))).toBe(true);
    expect(hasPrototypeKey(JSON.parse('{"constructor":"Stavební firma","prototype":"x","proto":1}'))).toBe(
      false,
    );
  });
});
