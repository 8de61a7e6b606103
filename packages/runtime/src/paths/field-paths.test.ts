import { describe, expect, it } from "vitest";
import { parseDataPath, toDefinitionPath, toFieldId, toFieldName } from "./field-paths.ts";

describe("field paths", () => {
  it("name an answer inside a repeatable group the way each party expects", () => {
    const path = parseDataPath(".representatives.1.courtDecision");
    expect(path).toEqual(["representatives", 1, "courtDecision"]);
    expect(toFieldId(path)).toBe("root_representatives_1_courtDecision");
    expect(toFieldName(path)).toBe("representatives.1.courtDecision");
    expect(toDefinitionPath(path)).toBe("representatives[].courtDecision");
  });

  it("answer a file in a list of files by the list's field", () => {
    expect(toDefinitionPath(parseDataPath("declarations.otherAttachments.2"))).toBe(
      "declarations.otherAttachments",
    );
  });
});
