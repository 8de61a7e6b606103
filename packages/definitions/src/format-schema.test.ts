import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { REFERENCE_FILE, referenceText, SCHEMA_FILE, schemaText } from "../scripts/generate.ts";
import { DEMO_FOLDER, readFixture } from "../test/read-fixture.ts";
import { createAjv } from "./form/create-ajv.ts";
import { readDefinitionFiles } from "./node/read-definition-files.ts";

const published = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));
const validate = createAjv().compile(published);
const documentsOf = (text: string) => parseAllDocuments(text).map((doc) => doc.toJS());

describe("the published JSON Schema of the definition format", () => {
  it("is exactly what the model generates (run `pnpm generate` after changing the model)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(schemaText());
  });

  it("has a format reference in docs/ generated from it", () => {
    expect(readFileSync(REFERENCE_FILE, "utf8")).toBe(referenceText());
  });

  it("accepts every document of the demo municipality, as an editor would", () => {
    for (const file of readDefinitionFiles([DEMO_FOLDER])) {
      for (const document of documentsOf(file.text)) {
        expect(validate(document), `${file.path}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(
          true,
        );
      }
    }
  });

  it("rejects what the loader rejects for its shape: a typo, a wrong type, an unknown kind", () => {
    for (const name of [
      "broken/unknown-field.yaml",
      "broken/wrong-type.yaml",
      "broken/unknown-kind.yaml",
      "broken/wrong-type.json",
    ]) {
      const documents = documentsOf(readFixture(name).text);
      expect(
        documents.some((document) => !validate(document)),
        name,
      ).toBe(true);
    }
  });

  it("is referenced by the header comment of every demo file", () => {
    for (const file of readDefinitionFiles([DEMO_FOLDER]).filter((f) => f.path.endsWith(".yaml"))) {
      expect(file.text.split("\n")[0], file.path).toMatch(
        /^# yaml-language-server: \$schema=(\.\.\/)+packages\/definitions\/schema\/definition\.schema\.json$/,
      );
    }
  });
});
