import { describe, expect, it } from "vitest";
import { caseCounterScope, formatCaseNumber } from "./case-number.ts";

const at = new Date("2026-03-07T10:00:00Z");

describe("case numbers", () => {
  it("render the pattern's date, form and zero-padded counter", () => {
    expect(formatCaseNumber("PS-{year}-{seq:5}", { formId: "dog-registration", at, seq: 42 })).toBe(
      "PS-2026-00042",
    );
    expect(formatCaseNumber("{form}/{year}{month}{day}/{seq}", { formId: "grant", at, seq: 7 })).toBe(
      "grant/20260307/7",
    );
  });

  it("let the counter grow past its padding instead of wrapping", () => {
    expect(formatCaseNumber("A-{seq:2}", { formId: "f", at, seq: 123 })).toBe("A-123");
  });

  it("count per form and year, and across years when the pattern has no year", () => {
    const nextYear = new Date("2027-01-01T00:00:00Z");
    const scope = (pattern: string, formId: string, when = at) => caseCounterScope(pattern, formId, when);
    expect(scope("{form}-{year}-{seq:4}", "f")).not.toBe(scope("{form}-{year}-{seq:4}", "f", nextYear));
    expect(scope("{form}-{year}-{seq:4}", "f")).not.toBe(scope("{form}-{year}-{seq:4}", "g"));
    expect(scope("X-{seq:4}", "f")).toBe(scope("X-{seq:4}", "f", nextYear));
  });

  it("share a counter between forms whose numbers would otherwise collide", () => {
    expect(caseCounterScope("FB-{year}-{seq:4}", "a", at)).toBe(
      caseCounterScope("FB-{year}-{seq:5}", "b", at),
    );
    expect(caseCounterScope("FB-{year}-{seq:4}", "a", at)).not.toBe(
      caseCounterScope("PS-{year}-{seq:4}", "b", at),
    );
  });
});
