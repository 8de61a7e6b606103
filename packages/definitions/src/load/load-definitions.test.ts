import { describe, expect, it } from "vitest";
import { DEMO_FOLDER } from "../../test/read-fixture.ts";
import { readDefinitionFiles } from "../node/read-definition-files.ts";
import { loadDefinitions } from "./load-definitions.ts";

const ORGANISATION = `apiVersion: civitas/v1
kind: Organisation
metadata: { id: town }
spec:
  name: { cs: Obec, en: Village }
  type: municipality
  languages: [cs, en]
  address: { street: Náves 1, postalCode: "123 45", city: Obec }
`;

describe("loadDefinitions", () => {
  it("loads the demo municipality without a single problem", () => {
    const result = loadDefinitions(readDefinitionFiles([DEMO_FOLDER]));
    expect(result.problems).toEqual([]);
    expect(result.bundle.list("Service").length).toBeGreaterThanOrEqual(8);
    expect(result.bundle.list("Form").length).toBeGreaterThanOrEqual(5);
    expect(result.bundle.list("LifeSituation").length).toBeGreaterThanOrEqual(3);
  });

  it("applies defaults so later code never meets a missing list", () => {
    const result = loadDefinitions([{ path: "org.yaml", text: ORGANISATION }]);
    expect(result.ok).toBe(true);
    const [organisation] = result.bundle.list("Organisation");
    expect(organisation?.definition.spec.contactPoints).toEqual([]);
    expect(organisation?.definition.spec.address.country).toBe("CZ");
  });

  it("warns, without failing, about a text not yet translated to another language", () => {
    const channel = `apiVersion: civitas/v1
kind: Channel
metadata: { id: line, organisation: town }
spec:
  type: phone
  name: { cs: Linka }
  phone: +420 383 100 100
`;
    const result = loadDefinitions([
      { path: "org.yaml", text: ORGANISATION },
      { path: "line.yaml", text: channel },
    ]);
    expect(result.ok).toBe(true);
    expect(result.problems).toMatchObject([
      {
        severity: "warning",
        code: "missing-translation",
        file: "line.yaml",
        line: 6,
        pointer: "/spec/name",
        message: expect.stringMatching(/`en`/),
      },
    ]);
  });

  it("reads several documents from one file and locates problems in the right one", () => {
    const text = `${ORGANISATION}---
apiVersion: civitas/v1
kind: Channel
metadata: { id: web, organisation: town }
spec:
  type: web-page
  name: { cs: Web, en: Website }
`;
    const result = loadDefinitions([{ path: "all.yaml", text }]);
    expect(result.problems).toMatchObject([
      {
        code: "custom",
        line: 14,
        pointer: "/spec/url",
        documentIndex: 1,
        message: /url is required for a channel of type web-page/,
      },
    ]);
  });

  it("never lets one organisation's document answer another's reference", () => {
    const other = ORGANISATION.replace("id: town", "id: city");
    const channel = `apiVersion: civitas/v1
kind: Channel
metadata: { id: line, organisation: city }
spec: { type: phone, name: { cs: Linka, en: Line }, phone: +420 383 100 100 }
`;
    const service = `apiVersion: civitas/v1
kind: Service
metadata: { id: help, organisation: town }
spec:
  name: { cs: Pomoc, en: Help }
  summary: { cs: Pomoc, en: Help }
  description: { cs: Pomoc, en: Help }
  type: service
  audience: [citizens]
  channelOfferings: [{ channel: line, description: { cs: Linka, en: Line } }]
`;
    const result = loadDefinitions([
      { path: "town.yaml", text: ORGANISATION },
      { path: "city.yaml", text: other },
      { path: "line.yaml", text: channel },
      { path: "help.yaml", text: service },
    ]);
    expect(result.problems).toMatchObject([
      {
        code: "broken-reference",
        file: "help.yaml",
        message: /no Channel with the id `line` in organisation `town`/,
      },
    ]);
  });
});
