import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixturePath, readFixture } from "../../test/read-fixture.ts";
import { loadDefinitions } from "./load-definitions.ts";

interface Expected {
  code: string;
  line: number;
  column?: number;
  pointer?: string;
  message: RegExp;
}

/** Each broken definition and the located problems a service owner must see for it. */
const CORPUS: Record<string, Expected[]> = {
  "wrong-type.yaml": [
    {
      code: "invalid-type",
      line: 7,
      column: 14,
      pointer: "/spec/languages",
      message: /must be a list, but it is the text "cs"/,
    },
  ],
  "wrong-type.json": [
    {
      code: "invalid-type",
      line: 8,
      column: 14,
      pointer: "/spec/phone",
      message: /must be a text, but it is the number/,
    },
  ],
  "unknown-kind.yaml": [
    { code: "unknown-kind", line: 2, column: 7, message: /unknown kind `Servise`.*did you mean `Service`/ },
  ],
  "missing-text.yaml": [
    { code: "missing-field", line: 14, pointer: "/spec/summary", message: /spec.summary is required/ },
    { code: "missing-translation", line: 14, pointer: "/spec/name", message: /no `cs` version/ },
  ],
  "broken-reference.yaml": [
    {
      code: "broken-reference",
      line: 27,
      pointer: "/spec/lifeSituations/0",
      message: /no LifeSituation with the id `moving-house`/,
    },
    {
      code: "broken-reference",
      line: 29,
      pointer: "/spec/channelOfferings/0/channel",
      message: /no Channel .* `ofice`.*did you mean `office`/,
    },
    {
      code: "broken-reference",
      line: 33,
      pointer: "/spec/channelOfferings/1/form",
      message: /no Form with the id `parking-form`/,
    },
    { code: "form-on-offline-channel", line: 33, message: /only be offered through an online channel/ },
    {
      code: "broken-reference",
      line: 37,
      pointer: "/metadata/organisation",
      message: /no Organisation with the id `elsewhere`/,
    },
  ],
  "yaml-syntax.yaml": [{ code: "syntax", line: 4, column: 7, message: /not well formed/ }],
  "duplicate-id.yaml": [
    {
      code: "duplicate-id",
      line: 20,
      pointer: "/metadata/id",
      message: /already has the id `helpline` \(broken\/duplicate-id.yaml:12\)/,
    },
  ],
  "ui-schema-unknown-field.yaml": [
    {
      code: "unknown-field-path",
      line: 20,
      column: 5,
      pointer: "/spec/uiSchema/mesage",
      message: /`mesage`.*did you mean `message`/,
    },
  ],
  "if-without-required.yaml": [
    {
      code: "if-without-required",
      line: 22,
      pointer: "/spec/schema/allOf/0/if",
      message: /add `required: \[type\]`/,
    },
  ],
  "unknown-field.yaml": [
    {
      code: "unknown-field",
      line: 17,
      column: 3,
      pointer: "/spec/descripton",
      message: /did you mean `description`/,
    },
  ],
  "unknown-api-version.yaml": [
    { code: "unknown-api-version", line: 1, message: /unknown format version `civitas\/v0`/ },
  ],
  "not-a-mapping.yaml": [{ code: "not-a-definition", line: 1, message: /must be a mapping/ }],
  "missing-label.yaml": [
    {
      code: "missing-label",
      line: 18,
      pointer: "/spec/schema/properties/text",
      message: /`text` has no label in `cs`/,
    },
  ],
  "condition-misfit.yaml": [
    { code: "condition-misfit", line: 36, message: /`name` is not a number/ },
    { code: "condition-misfit", line: 38, message: /`agree` is not a list/ },
    {
      code: "prefill-type",
      line: 41,
      pointer: "/spec/prefill/kids[].name",
      message: /outside repeatable groups/,
    },
    { code: "prefill-type", line: 42, message: /`identity.address` can only fill a group of address fields/ },
  ],
  "form-logic.yaml": [
    {
      code: "unknown-option",
      line: 24,
      pointer: "/spec/texts/kind/options/fair",
      message: /no choice `fair`/,
    },
    { code: "field-on-no-page", line: 26, message: /`kind` is on no page/ },
    { code: "unknown-field-path", line: 30, message: /`roadClosur`.*did you mean `roadClosure`/ },
    { code: "condition-misfit", line: 32, message: /`festival`, which is not one of its choices/ },
  ],
};

describe("the broken-definition corpus", () => {
  it("has an expectation for every fixture", () => {
    expect(readdirSync(fixturePath("broken")).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  for (const [file, expected] of Object.entries(CORPUS)) {
    it(`${file}: reports exactly the located problems a service owner needs`, () => {
      const result = loadDefinitions([readFixture(`broken/${file}`)]);
      expect(result.ok).toBe(false);
      const errors = result.problems.filter((problem) => problem.severity === "error");
      expect(errors).toHaveLength(expected.length);
      for (const want of expected) {
        const found = errors.find(
          (problem) =>
            problem.code === want.code && problem.line === want.line && want.message.test(problem.message),
        );
        expect(
          found,
          `${want.code} at line ${want.line} matching ${want.message} in ${JSON.stringify(errors, null, 1)}`,
        ).toBeDefined();
        expect(found?.file).toBe(`broken/${file}`);
        if (want.column !== undefined) expect(found?.column).toBe(want.column);
        if (want.pointer !== undefined) expect(found?.pointer).toBe(want.pointer);
      }
    });
  }
});
