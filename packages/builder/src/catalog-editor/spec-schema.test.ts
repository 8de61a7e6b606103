import { describe, expect, it } from "vitest";
import { CATALOG_KINDS, CUSTOM, LOCALIZED_TEXT, prepareSpecSchema } from "./spec-schema.ts";

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
