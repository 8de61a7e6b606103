import { describe, expect, it } from "vitest";
import { type BuilderProblem, reuseUnchanged, sameProblems } from "./problems-by-field.ts";

const problem = (pointer: string, message = "this text is not yet translated to `en`"): BuilderProblem => ({
  severity: "warning",
  code: "missing-translation",
  message,
  pointer,
});

describe("problems by field after an edit", () => {
  it("keeps the list of each field whose problems did not change, and takes the new one elsewhere", () => {
    const before = new Map([
      ["name", [problem("/spec/texts/name/label")]],
      ["email", [problem("/spec/texts/email/label")]],
    ]);
    const changed = [problem("/spec/texts/email/label", "another message")];
    const after = reuseUnchanged(
      before,
      new Map([
        ["name", [problem("/spec/texts/name/label")]],
        ["email", changed],
        ["phone", [problem("/spec/texts/phone/label")]],
      ]),
    );
    expect(after.get("name")).toBe(before.get("name"));
    expect(after.get("email")).toBe(changed);
    expect(after.get("phone")).toEqual([problem("/spec/texts/phone/label")]);
    expect([...after.keys()]).toEqual(["name", "email", "phone"]);
  });

  it("compares problems by severity, code, pointer and message, in order", () => {
    const a = problem("/a");
    const b = problem("/b");
    expect(sameProblems([a, b], [{ ...a }, { ...b }])).toBe(true);
    expect(sameProblems([a, b], [b, a])).toBe(false);
    expect(sameProblems([a], [{ ...a, severity: "error" }])).toBe(false);
    expect(sameProblems([a], [])).toBe(false);
  });
});
