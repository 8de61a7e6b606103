import { describe, expect, it } from "vitest";
import { diffJson } from "./json-diff.ts";

describe("diffJson", () => {
  it("finds nothing between equal values, whatever the key order", () => {
    expect(diffJson({ a: 1, b: { c: [1, 2], d: null } }, { b: { d: null, c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it("reports added, removed and changed fields with their JSON pointers", () => {
    expect(
      diffJson({ name: { en: "Parking" }, fee: 10 }, { name: { en: "Parking permit", cs: "Parkování" } }),
    ).toEqual([
      { pointer: "/name/en", change: "changed", before: "Parking", after: "Parking permit" },
      { pointer: "/name/cs", change: "added", after: "Parkování" },
      { pointer: "/fee", change: "removed", before: 10 },
    ]);
  });

  it("escapes ~ and / in keys", () => {
    expect(diffJson({ "a/b": 1, "c~d": 1 }, { "a/b": 2, "c~d": 2 }).map((change) => change.pointer)).toEqual([
      "/a~1b",
      "/c~0d",
    ]);
  });

  it("compares arrays of plain values by index", () => {
    expect(diffJson([1, 2, 3], [1, 5])).toEqual([
      { pointer: "/1", change: "changed", before: 2, after: 5 },
      { pointer: "/2", change: "removed", before: 3 },
    ]);
  });

  it("matches items with an id by id, so inserting one is one change", () => {
    const before = {
      costs: [
        { id: "fee", amount: 100 },
        { id: "copy", amount: 50 },
      ],
    };
    const after = {
      costs: [
        { id: "new", amount: 1 },
        { id: "fee", amount: 100 },
        { id: "copy", amount: 60 },
      ],
    };
    expect(diffJson(before, after)).toEqual([
      { pointer: "/costs/0", change: "added", after: { id: "new", amount: 1 } },
      { pointer: "/costs/2/amount", change: "changed", before: 50, after: 60 },
    ]);
  });

  it("reports a removed item at its old index and a new order of the same ids", () => {
    const before = [{ id: "a" }, { id: "b" }, { id: "c" }];
    const after = [{ id: "c" }, { id: "a" }];
    expect(diffJson(before, after)).toEqual([
      { pointer: "", change: "changed", before: ["a", "c"], after: ["c", "a"] },
      { pointer: "/1", change: "removed", before: { id: "b" } },
    ]);
  });

  it("falls back to indexes when ids repeat", () => {
    expect(
      diffJson(
        [
          { id: 1, v: 1 },
          { id: 1, v: 2 },
        ],
        [
          { id: 1, v: 1 },
          { id: 1, v: 3 },
        ],
      ),
    ).toEqual([{ pointer: "/1/v", change: "changed", before: 2, after: 3 }]);
  });

  it("reports a change of type as one change", () => {
    expect(diffJson({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { pointer: "/a", change: "changed", before: [1], after: { 0: 1 } },
    ]);
    expect(diffJson({ a: null }, { a: {} })).toEqual([
      { pointer: "/a", change: "changed", before: null, after: {} },
    ]);
  });

  it("reports a whole value as added when there was nothing before", () => {
    expect(diffJson(undefined, { a: 1 })).toEqual([{ pointer: "", change: "added", after: { a: 1 } }]);
  });
});
