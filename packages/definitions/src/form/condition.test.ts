import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Condition } from "../model/condition.ts";
import { conditionToSchema } from "./condition-schema.ts";
import { createAjv } from "./create-ajv.ts";
import { evaluateCondition } from "./evaluate-condition.ts";

const ajv = createAjv();
const FIELDS = ["a", "b", "group.c"];
const value = fc.oneof(
  fc.constantFrom("x", "y", "", 0, 1, 2.5, true, false, null),
  fc.array(fc.constantFrom("x", "y", 1), { maxLength: 3 }),
);
const scalar = fc.constantFrom("x", "y", 0, 1, 2.5, true, false);

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ field: fc.constantFrom(...FIELDS), equals: scalar }),
  fc.record({ field: fc.constantFrom(...FIELDS), notEquals: scalar }),
  fc.record({ field: fc.constantFrom(...FIELDS), in: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
  fc.record({ field: fc.constantFrom(...FIELDS), filled: fc.boolean() }),
  fc.record({ field: fc.constantFrom(...FIELDS), contains: scalar }),
  fc.record({ field: fc.constantFrom(...FIELDS), greaterThan: fc.integer({ min: -1, max: 3 }) }),
  fc.record({ field: fc.constantFrom(...FIELDS), lessThan: fc.integer({ min: -1, max: 3 }) }),
);
const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie("node") }),
  ),
})).node;
const data = fc.record(
  { a: value, b: value, group: fc.oneof(fc.constant(null), fc.record({ c: value }, { requiredKeys: [] })) },
  { requiredKeys: [] },
);

describe("conditions", () => {
  it("mean the same in the browser (evaluateCondition) and in the validator (conditionToSchema)", () => {
    fc.assert(
      fc.property(condition, data, (cond, sample) => {
        const schemaSays = ajv.validate(conditionToSchema(cond), sample);
        expect(schemaSays).toBe(evaluateCondition(cond, sample));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("never match a missing field, which is the `if` trap", () => {
    expect(evaluateCondition({ field: "a", equals: "x" }, {})).toBe(false);
    expect(ajv.validate({ if: conditionToSchema({ field: "a", equals: "x" }), then: false }, {})).toBe(true);
  });

  it("read the item of a repeatable group they are asked about", () => {
    const sample = { dogs: [{ chipped: false }, { chipped: true }] };
    expect(evaluateCondition({ field: "dogs[].chipped", equals: true }, sample, [1])).toBe(true);
    expect(evaluateCondition({ field: "dogs[].chipped", equals: true }, sample, [0])).toBe(false);
    expect(evaluateCondition({ field: "dogs[].chipped", equals: true }, sample)).toBe(false);
  });

  it("do not follow inherited properties such as __proto__ or constructor", () => {
    expect(evaluateCondition({ field: "constructor", filled: true }, {})).toBe(false);
    expect(evaluateCondition({ field: "__proto__", filled: true }, JSON.parse("{}"))).toBe(false);
  });
});
