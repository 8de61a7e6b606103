import { describe, expect, it } from "vitest";
import {
  CATALOG_KINDS,
  CUSTOM,
  describeForPeople,
  LOCALIZED_TEXT,
  prepareSpecSchema,
} from "./spec-schema.ts";

describe("prepareSpecSchema", () => {
  it("resolves every reference of each catalog kind", () => {
    for (const kind of CATALOG_KINDS) {
      expect(JSON.stringify(prepareSpecSchema(kind).schema)).not.toContain("$ref");
    }
  });

  it("marks localized texts, titles fields and keeps no defaults", () => {
    const { schema, uiSchema } = prepareSpecSchema("Service");
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(properties.name?.[CUSTOM]).toBe(LOCALIZED_TEXT);
    expect(properties.channelOfferings?.title).toBe("Channel offerings");
    expect(JSON.stringify(schema)).not.toContain('"default"');
    expect(uiSchema.audience).toEqual({ "ui:widget": "checkboxes" });
  });
});

describe("descriptions for service owners", () => {
  it("drops the generic words of localized texts and examples of YAML structure, and keeps the rest", () => {
    expect(
      describeForPeople(
        "A text for people, one entry per language code, e.g. `{ cs: Parkování, en: Parking }`.",
      ),
    ).toBe(undefined);
    expect(
      describeForPeople(
        "Weekly hours, e.g. `{ days: [mon, wed], hours: [{ opens: '08:00', closes: '17:00' }] }`.",
      ),
    ).toBe("Weekly hours.");
    expect(describeForPeople("Street and number, e.g. `Náměstí Svornosti 1`.")).toBe(
      "Street and number, e.g. `Náměstí Svornosti 1`.",
    );
    expect(describeForPeople(undefined)).toBe(undefined);
  });

  it("leaves no structural example in any catalog kind's editor", () => {
    for (const kind of CATALOG_KINDS)
      expect(JSON.stringify(prepareSpecSchema(kind).schema)).not.toMatch(/e\.g\. `\s*[{[]/);
  });
});
