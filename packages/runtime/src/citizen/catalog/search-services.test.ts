import { describe, expect, it } from "vitest";
import { demoCatalog } from "../testing/demo-catalog.ts";
import { searchServices } from "./search-services.ts";

const { services } = demoCatalog();
const ids = (query: string, locale = "en") =>
  searchServices(services, query, locale).map((service) => service.id);

describe("searchServices", () => {
  it("finds services by a word of their name, summary or keywords in the page's language", () => {
    expect(ids("kindergarten")).toContain("kindergarten-enrolment");
    expect(ids("nursery")).toEqual(["kindergarten-enrolment"]); // an English keyword only
    expect(ids("školka", "cs")).toEqual(["kindergarten-enrolment"]); // a Czech keyword
  });

  it("ignores case and accents, and needs every word", () => {
    expect(ids("SKOLKA", "cs")).toEqual(["kindergarten-enrolment"]);
    expect(ids("kindergarten enrolment")).toContain("kindergarten-enrolment");
    expect(ids("kindergarten zebra")).toEqual([]);
  });

  it("does not search other languages' texts", () => {
    expect(ids("školka", "en")).toEqual([]);
  });

  it("lists services matching by name before those matching elsewhere", () => {
    const [grant, kindergarten] = ["municipal-grant-application", "kindergarten-enrolment"].map((id) =>
      structuredClone(services.find((service) => service.id === id)),
    );
    if (!grant || !kindergarten) throw new Error("demo services missing");
    grant.spec.summary = { en: "Money for clubs that run a zebra crossing patrol" };
    kindergarten.spec.name = { en: "Zebra kindergarten" };
    // Alphabetically the grant ("Applying …") comes first; by name the kindergarten does.
    expect(searchServices([grant, kindergarten], "zebra", "en").map((service) => service.id)).toEqual([
      "kindergarten-enrolment",
      "municipal-grant-application",
    ]);
  });

  it("finds everything, in alphabetical order, for an empty query", () => {
    expect(ids("  ")).toHaveLength(services.length);
  });
});
