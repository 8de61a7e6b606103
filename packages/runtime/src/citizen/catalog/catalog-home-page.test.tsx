import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetCatalogs } from "../app/use-catalog.ts";
import { demoCatalog } from "../testing/demo-catalog.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { renderPage } from "../testing/render-page.tsx";

beforeEach(() => {
  forgetCatalogs();
  const api = fakeApi({
    "GET /citizen/me": () => ({ status: 200, body: { signedIn: false, name: null } }),
    "GET /organisations/dubova/catalog": () => ({ status: 200, body: demoCatalog() }),
  });
  vi.stubGlobal("fetch", api.fetch);
});
afterEach(() => vi.unstubAllGlobals());

describe("catalog home", () => {
  it("groups the services by life situation and lists them all", async () => {
    renderPage("/dubova");
    expect(await screen.findByRole("heading", { level: 1, name: "Town of Dubová" })).toBeTruthy();
    const situation = screen.getByRole("heading", { level: 3, name: "Having a child" }).closest("li");
    expect(
      within(situation as HTMLElement).getByRole("link", { name: "Kindergarten enrolment" }),
    ).toBeTruthy();
    const all = screen.getByRole("heading", { level: 2, name: "All services" }).closest("section");
    expect(within(all as HTMLElement).getAllByRole("link")).toHaveLength(10);
  });

  it("filters the services as the person types, says how many match, and comes back when cleared", async () => {
    const user = userEvent.setup();
    renderPage("/dubova");
    const search = await screen.findByRole("searchbox", { name: "Search services" });
    await user.type(search, "nursery");
    expect(screen.getByRole("status").textContent).toBe("1 service matches “nursery”.");
    expect(screen.queryByRole("heading", { name: "Life situations" })).toBeNull();
    const link = screen.getByRole("link", { name: "Kindergarten enrolment" });
    expect(link.getAttribute("href")).toBe("/dubova/services/kindergarten-enrolment");
    await user.clear(search);
    await user.type(search, "zebra");
    expect(screen.getByRole("status").textContent).toBe("No service matches “zebra”. Try another word.");
    await user.clear(search);
    expect(screen.getByRole("heading", { name: "Life situations" })).toBeTruthy();
  });

  it("says plainly when the organisation does not exist", async () => {
    renderPage("/nowhere");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "This organisation does not publish any services here",
      }),
    ).toBeTruthy();
  });
});
