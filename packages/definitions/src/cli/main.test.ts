import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fixturePath } from "../../test/read-fixture.ts";
import { main } from "./main.ts";

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, "error").mockImplementation((line: string) => void err.push(line));
});
afterEach(() => vi.restoreAllMocks());

describe("defs", () => {
  it("lint passes a valid folder with exit code 0 and a summary", () => {
    expect(main(["lint", fixturePath("valid")])).toBe(0);
    expect(out.join("\n")).toMatch(
      /1 Organisation, 1 Channel, 1 Service, 1 LifeSituation, 1 Form — 0 error\(s\), 1 warning\(s\)/,
    );
    expect(err.join("\n")).toMatch(/mini-town.yaml:86:73 warning this text is not yet translated to `en`/);
  });

  it("lint fails with exit code 1 and located errors on the broken corpus", () => {
    expect(main(["lint", fixturePath("broken")])).toBe(1);
    expect(err.join("\n")).toMatch(/yaml-syntax.yaml:4:7 error the YAML is not well formed/);
    expect(err.join("\n")).toMatch(/unknown-field.yaml:17:3 error unknown field `descripton`/);
  });

  it("lint --warnings-as-errors fails on a missing translation; --json prints problems as data", () => {
    expect(main(["lint", "--warnings-as-errors", fixturePath("valid")])).toBe(1);
    out = [];
    expect(main(["lint", "--json", fixturePath("broken/missing-label.yaml")])).toBe(1);
    expect(JSON.parse(out.join("\n"))).toMatchObject({
      ok: false,
      problems: [{ code: "missing-label", line: 18 }],
    });
  });

  it("compile prints the RJSF schema and UI schema of a form in one language", () => {
    expect(main(["compile", fixturePath("valid"), "--form", "dog", "--locale", "en"])).toBe(0);
    const compiled = JSON.parse(out.join("\n"));
    expect(compiled).toMatchObject({
      locale: "en",
      title: "Dog registration",
      schema: { type: "object" },
      uiSchema: { owner: { "ui:title": "Dog keeper" } },
    });
    expect(compiled.missingTranslations).toEqual(["texts.owner.type.options.business"]);
  });

  it("compile names the forms there are when asked for a missing one", () => {
    expect(main(["compile", fixturePath("valid"), "--form", "cat", "--locale", "en"])).toBe(1);
    expect(err.join("\n")).toMatch(/there is no form `cat`; the forms are dog/);
  });

  it("export writes one bundle JSON with defaults applied", () => {
    const file = join(mkdtempSync(join(tmpdir(), "defs-")), "bundle.json");
    expect(main(["export", fixturePath("valid"), "--out", file])).toBe(0);
    const bundle = JSON.parse(readFileSync(file, "utf8"));
    expect(bundle.counts).toMatchObject({ Organisation: 1, Service: 1, Form: 1 });
    expect(bundle.documents.map((doc: { kind: string }) => doc.kind)).toEqual([
      "Organisation",
      "Channel",
      "Service",
      "LifeSituation",
      "Form",
    ]);
    expect(bundle.documents[4].spec.submission.draftRetentionDays).toBe(30);
  });

  it("refuses to export or compile definitions with errors, and says why", () => {
    expect(main(["export", fixturePath("broken/duplicate-id.yaml")])).toBe(1);
    expect(err.join("\n")).toMatch(/fix the errors above before running export/);
  });

  it("explains a folder that does not exist and an unknown command", () => {
    expect(main(["lint", "/nonexistent/definitions"])).toBe(2);
    expect(err.join("\n")).toMatch(/cannot read \/nonexistent\/definitions/);
    expect(main(["frobnicate", fixturePath("valid")])).toBe(2);
    expect(err.join("\n")).toMatch(/unknown command `frobnicate`/);
  });
});
