import { describe, expect, it } from "vitest";
import { describeChange, describePointer } from "./describe-diff.ts";

describe("describe diff", () => {
  it("says where a change is in words", () => {
    expect(describePointer("/spec/channelOfferings/0/steps/1/lv")).toBe(
      "Channel offerings 1 › Steps 2 › in Latvian (lv)",
    );
    expect(describePointer("/metadata/publication/reviewBy")).toBe("Metadata › Publication › Review by");
  });

  it("says what changed, with texts per language", () => {
    expect(
      describeChange({
        pointer: "/spec/name/en",
        change: "changed",
        before: "Parking",
        after: "Parking permit",
      }).sentence,
    ).toBe("Changed from “Parking” to “Parking permit”");
    expect(
      describeChange({ pointer: "/spec/summary", change: "added", after: { cs: "Ahoj", en: "Hello" } })
        .sentence,
    ).toBe("Added cs: “Ahoj”; en: “Hello”");
    expect(
      describeChange({ pointer: "/spec/costs/2", change: "removed", before: { id: "a", price: {} } })
        .sentence,
    ).toBe("Removed 2 fields (Id, Price)");
  });
});
