import { describe, expect, it } from "vitest";
import { describeCondition } from "./describe-condition.ts";

describe("describeCondition", () => {
  it("says a route without a condition applies always", () => {
    expect(describeCondition(undefined)).toBe("always");
  });

  it("puts a field test in words", () => {
    expect(describeCondition({ field: "applicant.type", equals: "business" })).toBe(
      "when applicant.type equals business",
    );
    expect(describeCondition({ field: "preferences.kindergarten", in: ["ms-lesni", "ms-lesni-lhota"] })).toBe(
      "when preferences.kindergarten is one of ms-lesni, ms-lesni-lhota",
    );
    expect(describeCondition({ field: "ico", filled: false })).toBe("when ico is empty");
    expect(describeCondition({ field: "amount", greaterThan: 50000 })).toBe(
      "when amount is greater than 50000",
    );
  });

  it("brackets nested groups so and/or read unambiguously", () => {
    expect(
      describeCondition({
        all: [
          { field: "a", equals: true },
          { any: [{ field: "b", filled: true }, { not: { field: "c", notEquals: 3 } }] },
        ],
      }),
    ).toBe("when a equals true and (b is filled in or not (c does not equal 3))");
  });
});
