import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetCatalogs } from "../app/use-catalog.ts";
import { demoCatalog } from "../testing/demo-catalog.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { renderPage } from "../testing/render-page.tsx";

function shell(organisations: unknown[]) {
  const root = document.createElement("div");
  root.id = "civitas-citizen";
  root.dataset.organisations = JSON.stringify(organisations);
  document.body.append(root);
}

beforeEach(() => {
  forgetCatalogs();
  sessionStorage.clear();
  vi.stubGlobal(
    "fetch",
    fakeApi({
      "GET /citizen/me": () => ({ status: 200, body: { signedIn: false, name: null } }),
      "GET /organisations/dubova/catalog": () => ({ status: 200, body: demoCatalog() }),
    }).fetch,
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.getElementById("civitas-citizen")?.remove();
});

describe("the home page /", () => {
  it("goes straight to the portal of the only organisation", async () => {
    shell([{ id: "dubova", name: { cs: "Město Dubová", en: "Town of Dubová" } }]);
    renderPage("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Town of Dubová" })).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "Search services" })).toBeTruthy();
  });

  it("lets the person choose when there are several", async () => {
    shell([
      { id: "dubova", name: { en: "Town of Dubová" } },
      { id: "lipno", name: { cs: "Obec Lipno" } },
    ]);
    renderPage("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Public service portals" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Town of Dubová" }).getAttribute("href")).toBe("/dubova");
    const lipno = screen.getByRole("link", { name: "Obec Lipno" });
    expect(lipno.querySelector("[lang=cs]")).toBeTruthy();
  });
});
