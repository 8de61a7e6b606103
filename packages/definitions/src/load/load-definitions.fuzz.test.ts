import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, stringify } from "yaml";
import { readFixture } from "../../test/read-fixture.ts";
import { type LoadResult, loadDefinitions } from "./load-definitions.ts";

const seedText = readFixture("valid/mini-town.yaml").text;
const seeds = parseAllDocuments(seedText).map((doc) => doc.toJS() as Record<string, unknown>);

type Path = Array<string | number>;

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

const hostile = fc.constantFrom<unknown>(
  "__proto__",
  "<script>alert(1)</script>",
  "{{constructor.constructor}}",
  "",
  -1,
  1e308,
  null,
  [],
  {},
  "x".repeat(5000),
);
const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom("delete", "replace", "add-key", "proto-key"),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "spec", "kind")),
});

type Mutation = { at: number; op: string; value: unknown; key: string };

function mutate(document: Record<string, unknown>, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  for (const { at, op, value, key } of mutations) {
    const paths = pathsOf(copy);
    const path = paths[at % paths.length] ?? [];
    if (path.length === 0) continue;
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], copy) as Record<
      string | number,
      unknown
    >;
    const last = path.at(-1) as string | number;
    if (op === "delete") Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    if (op === "replace") parent[last] = value;
    const target = parent[last];
    if (op === "add-key" && target && typeof target === "object" && !Array.isArray(target))
      (target as Record<string, unknown>)[key] = value;
    if (op === "proto-key" && target && typeof target === "object" && !Array.isArray(target))
      Object.defineProperty(target, "__proto__", {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
  }
  return copy;
}

function expectExplained(result: LoadResult): void {
  for (const problem of result.problems) {
    expect(problem.message.length).toBeGreaterThan(10);
    expect(problem.code).toMatch(/^[a-z-]+$/);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message).not.toMatch(/undefined|\[object Object\]|TypeError/);
  }
  if (result.ok) expect(result.bundle.definitions.length).toBeGreaterThan(0);
  else expect(result.problems.some((problem) => problem.severity === "error")).toBe(true);
}

describe("the loader, fed mutated definitions", () => {
  it("never crashes: it answers with located, worded problems or a valid result (structure mutations)", () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.boolean(),
        (mutations, pick, asJson) => {
          const documents = seeds.map((seed, i) =>
            i === pick % seeds.length ? mutate(seed, mutations) : seed,
          );
          const text = asJson
            ? JSON.stringify(documents[pick % seeds.length])
            : documents.map((doc) => stringify(doc)).join("---\n");
          expectExplained(loadDefinitions([{ path: asJson ? "fuzz.json" : "fuzz.yaml", text }]));
        },
      ),
      { numRuns: 250 },
    );
  }, 60_000);

  it("never crashes on damaged text (cut, inserted and replaced characters)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seedText.length }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 12 }),
        (at, cut, insert) => {
          const text = seedText.slice(0, at) + insert + seedText.slice(at + cut);
          expectExplained(loadDefinitions([{ path: "damaged.yaml", text }]));
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
