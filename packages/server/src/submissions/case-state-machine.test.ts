import { CASE_STATES } from "@civitas/definitions";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { assertCaseTransition, nextCaseStates } from "./case-state-machine.ts";

const ALL = [...CASE_STATES];
const errorOf = (run: () => void): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error("expected an AppError");
};

describe("the case state machine", () => {
  it("allows the moves of LV-1 and nothing out of a final state", () => {
    expect(nextCaseStates("submitted", ALL)).toEqual([
      "in-processing",
      "more-information-requested",
      "refused",
      "answered",
      "licence-issued",
      "withdrawn",
    ]);
    expect(nextCaseStates("more-information-requested", ALL)).toEqual([
      "in-processing",
      "refused",
      "withdrawn",
    ]);
    for (const final of ["refused", "answered", "licence-issued", "withdrawn"])
      expect(nextCaseStates(final, ALL)).toEqual([]);
  });

  it("offers only the states the form uses", () => {
    expect(nextCaseStates("submitted", ["submitted", "answered", "withdrawn"])).toEqual([
      "answered",
      "withdrawn",
    ]);
  });

  it("explains a refused move with the current and the allowed states", () => {
    const illegal = errorOf(() =>
      assertCaseTransition("PS-1", "more-information-requested", "answered", ALL),
    );
    expect(illegal.code).toBe("invalid-state-transition");
    expect(illegal.message).toContain('"more-information-requested"');
    expect(illegal.details).toEqual({
      current: "more-information-requested",
      requested: "answered",
      allowed: ["in-processing", "refused", "withdrawn"],
    });
    expect(errorOf(() => assertCaseTransition("PS-1", "answered", "withdrawn", ALL)).message).toContain(
      "final",
    );
    expect(
      errorOf(() => assertCaseTransition("PS-1", "submitted", "refused", ["submitted"])).message,
    ).toContain("does not use");
    expect(() => assertCaseTransition("PS-1", "submitted", "submitted", ALL)).toThrow(AppError);
    expect(() => assertCaseTransition("PS-1", "submitted", "answered", ALL)).not.toThrow();
  });
});
