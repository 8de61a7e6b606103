import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { createAjv } from "../form/create-ajv.ts";
import { loadDefinitions } from "../load/load-definitions.ts";
import { compileForm } from "./compile-form.ts";

const town = loadDefinitions([readFixture("valid/mini-town.yaml")]);
const form = town.bundle.list("Form")[0]?.definition;
if (!form) throw new Error("the mini-town fixture has no form");
const spec = form.spec;

describe("compileForm", () => {
  it("puts every label, help, placeholder and choice title in the requested language", () => {
    const english = compileForm(spec, { locale: "en", fallbackLocale: "cs" });
    expect(english.title).toBe("Dog registration");
    expect(english.uiSchema).toMatchObject({
      "ui:title": "Dog registration",
      owner: {
        "ui:title": "Dog keeper",
        name: { "ui:title": "Name", "ui:placeholder": "Jane Doe" },
        type: { "ui:widget": "radio", "ui:title": "The keeper is", "ui:enumNames": ["a person", "firma"] },
        companyId: { "ui:help": "Eight digits" },
      },
      dogs: { "ui:title": "Dogs", items: { name: { "ui:title": "Dog's name" } } },
    });
    expect(english.pages.map((page) => page.title)).toEqual(["Keeper", "Dogs"]);
    const czech = compileForm(spec, { locale: "cs" });
    expect(czech.uiSchema).toMatchObject({ owner: { type: { "ui:enumNames": ["fyzická osoba", "firma"] } } });
  });

  it("falls back to the fallback language and lists what it had to fall back on", () => {
    const english = compileForm(spec, { locale: "en", fallbackLocale: "cs" });
    expect(english.missingTranslations).toEqual(["texts.owner.type.options.business"]);
    const latvian = compileForm(spec, { locale: "lv", fallbackLocale: "en" });
    expect(latvian.title).toBe("Dog registration");
    expect(latvian.missingTranslations).toContain("texts.owner.name.label");
  });

  it("keeps the data schema the same for every language, so one validator serves them all", () => {
    expect(compileForm(spec, { locale: "cs" }).schema).toEqual(compileForm(spec, { locale: "en" }).schema);
  });

  it("does not change the definition it compiles", () => {
    const before = structuredClone(spec);
    compileForm(spec, { locale: "en" });
    expect(spec).toEqual(before);
  });

  it("gives a form without pages one page of every top-level field, including conditional ones", () => {
    const schema = {
      type: "object",
      properties: { pet: { type: "boolean" }, petName: { type: "string" } },
    };
    const single = compileForm(
      {
        ...spec,
        pages: [],
        schema,
        texts: { pet: { label: { en: "Pet" } }, petName: { label: { en: "Name" } } },
        logic: [{ id: "pet-name", show: ["petName"], require: [], when: { field: "pet", equals: true } }],
      } as typeof spec,
      { locale: "en" },
    );
    expect(single.pages).toEqual([{ id: "form", title: single.title, fields: ["pet", "petName"] }]);
    expect(Object.keys(single.schema.properties as object)).not.toContain("petName");
  });

  it("shows and requires a field only while its condition holds, in the author's order", () => {
    const { schema, uiSchema } = compileForm(spec, { locale: "en" });
    const validate = createAjv().compile(schema);
    const person = { owner: { name: "Jana", type: "person" }, dogs: [{ name: "Rex" }] };
    expect(validate(person)).toBe(true);
    expect(validate({ ...person, owner: { name: "Jana", type: "business" } })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      instancePath: "/owner",
      params: { missingProperty: "companyId" },
    });
    expect(
      validate({ ...person, owner: { name: "Jana s.r.o.", type: "business", companyId: "12345678" } }),
    ).toBe(true);
    expect((uiSchema.owner as Record<string, unknown>)["ui:order"]).toEqual([
      "name",
      "type",
      "companyId",
      "pensioner",
      "*",
    ]);
  });

  it("shows a field while ANY of the rules that show it holds", () => {
    const twoRules = {
      ...spec,
      logic: [
        { when: { field: "owner.type", equals: "business" }, show: ["owner.companyId"], require: [] },
        {
          when: { field: "owner.pensioner", equals: true },
          show: ["owner.companyId"],
          require: ["owner.companyId"],
        },
      ],
    };
    const validate = createAjv().compile(compileForm(twoRules, { locale: "en" }).schema);
    const dogs = [{ name: "Rex" }];
    expect(validate({ owner: { name: "A", type: "person", pensioner: true }, dogs })).toBe(false);
    expect(validate({ owner: { name: "A", type: "business", companyId: "bad" }, dogs })).toBe(false);
    expect(validate({ owner: { name: "A", type: "business", companyId: "12345678" }, dogs })).toBe(true);
  });

  it("leaves shared $ref definitions alone when a rule targets a field reached through one", () => {
    const shared = {
      ...spec,
      schema: {
        type: "object",
        definitions: {
          address: { type: "object", properties: { street: { type: "string" }, note: { type: "string" } } },
        },
        properties: { home: { $ref: "#/definitions/address" }, work: { $ref: "#/definitions/address" } },
      },
      logic: [{ when: { field: "home.street", filled: true }, show: [], require: ["home.note"] }],
      pages: [],
      texts: {},
    };
    const validate = createAjv().compile(compileForm(shared, { locale: "en" }).schema);
    expect(validate({ home: { street: "Lipová 1" }, work: { street: "Polní 2" } })).toBe(false);
    expect(validate({ home: { street: "Lipová 1", note: "2nd floor" }, work: { street: "Polní 2" } })).toBe(
      true,
    );
  });

  it("applies a rule inside a repeatable group to each item on its own", () => {
    const validate = createAjv().compile(compileForm(spec, { locale: "en" }).schema);
    const owner = { name: "Jana", type: "person" };
    expect(validate({ owner, dogs: [{ name: "Rex", chipped: false }, { name: "Max" }] })).toBe(true);
    expect(
      validate({
        owner,
        dogs: [
          { name: "Rex", chipped: false },
          { name: "Max", chipped: true },
        ],
      }),
    ).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      instancePath: "/dogs/1",
      params: { missingProperty: "chipNumber" },
    });
  });

  it("requires an attachment across objects and passes its limits to the widget", () => {
    const { schema, uiSchema } = compileForm(spec, { locale: "en" });
    const validate = createAjv().compile(schema);
    const base = { owner: { name: "Jan", type: "person", pensioner: true }, dogs: [{ name: "Rex" }] };
    expect(validate(base)).toBe(false);
    expect(validate({ ...base, pensionCertificate: "att_0123456789" })).toBe(true);
    expect(validate({ ...base, pensionCertificate: "../../etc/passwd" })).toBe(false);
    expect(uiSchema.pensionCertificate).toMatchObject({
      "ui:options": { accept: "application/pdf", maxSizeMb: 5 },
    });
  });
});
