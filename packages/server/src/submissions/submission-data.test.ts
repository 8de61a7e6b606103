import { DOCUMENT_SCHEMAS } from "@civitas/definitions";
import { describe, expect, it } from "vitest";
import { checkDataShape, collectAttachmentIds, sameData } from "./submission-data.ts";

const form = DOCUMENT_SCHEMAS.Form.parse({
  apiVersion: "civitas/v1",
  kind: "Form",
  metadata: { id: "files", organisation: "dubova" },
  spec: {
    name: { en: "Files" },
    schema: {
      type: "object",
      properties: {
        id: { type: "string", format: "attachment" },
        cards: { type: "array", items: { type: "string", format: "attachment" } },
        dogs: {
          type: "array",
          items: { type: "object", properties: { contract: { type: "string", format: "attachment" } } },
        },
        note: { type: "string" },
      },
    },
  },
});

describe("the answers' attachment ids", () => {
  it("are found in single fields, lists and repeatable groups, with their JSON pointers and fields", () => {
    const data = {
      id: "a1",
      cards: ["c1", "c2"],
      dogs: [{ contract: "d1" }, {}, { contract: "d3" }],
      note: "n",
    };
    expect(collectAttachmentIds(form.spec, data)).toEqual([
      { id: "a1", path: "/id", field: "id" },
      { id: "c1", path: "/cards/0", field: "cards" },
      { id: "c2", path: "/cards/1", field: "cards" },
      { id: "d1", path: "/dogs/0/contract", field: "dogs[].contract" },
      { id: "d3", path: "/dogs/2/contract", field: "dogs[].contract" },
    ]);
    expect(collectAttachmentIds(form.spec, { dogs: "none", cards: null })).toEqual([]);
  });
});

describe("the shape of the answers", () => {
  it("refuses NUL characters in values and names, and nesting past 32 levels", () => {
    expect(checkDataShape({ a: ["ok", "b\u0000"] })).toEqual([
      { path: "/a/1", message: "must not contain a NUL character" },
    ]);
    expect(checkDataShape({ "x\u0000": 1 })).toEqual([
      { path: "/", message: "must not have a NUL character in a name" },
    ]);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { d: deep };
    expect(checkDataShape(deep)[0]?.message).toContain("32 levels");
    expect(checkDataShape({ a: { b: [1, "text", null, true] } })).toEqual([]);
  });
});

describe("comparing answers", () => {
  it("ignores the order of keys but not of list items", () => {
    expect(sameData({ a: 1, b: { c: [1, 2], d: "x" } }, { b: { d: "x", c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData({ a: 1 }, { a: "1" })).toBe(false);
  });
});
