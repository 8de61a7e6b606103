import { describe, expect, it } from "vitest";
import { locatePointer, parseText, toText } from "./source-text.ts";

const content = { kind: "Service", spec: { name: { cs: "Parkování", en: "Parking" }, steps: ["a", "b"] } };

describe("source text", () => {
  it("round-trips a document through YAML and JSON", () => {
    for (const format of ["yaml", "json"] as const) {
      expect(parseText(toText(content, format), format).content).toEqual(content);
    }
  });

  it("locates a JSON pointer at the key in YAML and in JSON", () => {
    const yaml = toText(content, "yaml");
    expect(locatePointer(yaml, "/spec/name/en")).toMatchObject({ line: 5, column: 5 });
    const json = toText(content, "json");
    expect(locatePointer(json, "/spec/steps/1")).toMatchObject({ line: 10, column: 7 });
  });

  it("points a missing field at its parent", () => {
    expect(locatePointer(toText(content, "yaml"), "/spec/summary")).toMatchObject({ line: 2 });
  });

  it("reports YAML and JSON syntax errors with line and column", () => {
    const yaml = parseText("kind: Service\nspec:\n  name: [unclosed\n", "yaml");
    expect(yaml.errors?.[0]?.line).toBeGreaterThanOrEqual(3);
    const json = parseText('{\n  "kind": "Service",\n  "spec": }\n', "json");
    expect(json.errors?.[0]?.line).toBeGreaterThanOrEqual(3);
    expect(json.errors?.[0]?.message).toMatch(/^Not valid JSON/);
  });

  it("refuses a text that is not one mapping", () => {
    expect(parseText("- a\n- b\n", "yaml").errors?.[0]?.message).toMatch(/must be one document/);
  });
});
