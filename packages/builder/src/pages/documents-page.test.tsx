import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BuilderRoutes } from "../app/builder-routes.tsx";
import { mockApi, STAFF } from "../app/mock-api.ts";
import { SessionProvider } from "../app/session.tsx";

const summary = (kind: string, id: string, extra: Record<string, unknown> = {}) => ({
  kind,
  id,
  latestVersion: 1,
  publishedAt: "2026-01-10T10:00:00.000Z",
  workingCopyState: null,
  publishAt: null,
  archived: false,
  reviewBy: null,
  ...extra,
});

const detail = (kind: string, id: string, name: string) => ({
  kind,
  id,
  archivedAt: null,
  latest: {
    version: 1,
    publishedAt: "2026-01-10T10:00:00.000Z",
    publishedBy: "Petr Dvořák",
    contentHash: "x",
    content: { kind, metadata: { id }, spec: { name: { cs: name, en: name } } },
  },
  workingCopy: null,
});

function setup() {
  mockApi({
    "GET /auth/me": { body: STAFF },
    "GET /organisations/dubova/documents": {
      body: {
        documents: [
          summary("Service", "resident-parking-permit"),
          summary("Service", "dog-registration", { workingCopyState: "in-review" }),
          summary("Channel", "town-hall", { archived: true }),
        ],
      },
    },
    "GET /organisations/dubova/documents/Service/resident-parking-permit": {
      body: detail("Service", "resident-parking-permit", "Resident parking permit"),
    },
    "GET /organisations/dubova/documents/Service/dog-registration": {
      body: detail("Service", "dog-registration", "Registering a dog"),
    },
    "GET /organisations/dubova/documents/Channel/town-hall": {
      body: detail("Channel", "town-hall", "Town hall"),
    },
  });
  render(
    <SessionProvider>
      <MemoryRouter initialEntries={["/dubova"]}>
        <BuilderRoutes />
      </MemoryRouter>
    </SessionProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("documents page", () => {
  it("lists the documents by kind with their names, states and who changed them", async () => {
    setup();
    const services = await screen.findByRole("region", { name: /Service/ });
    expect(await within(services).findByRole("link", { name: "Resident parking permit" })).toBeTruthy();
    expect(within(services).getByText("In review")).toBeTruthy();
    expect(within(services).getAllByText(/Petr Dvořák/).length).toBe(2);
    expect(screen.getByRole("region", { name: /Channel/ }).textContent).toContain("Archived");
  });

  it("filters by state and searches by name or id", async () => {
    setup();
    await screen.findByRole("link", { name: "Registering a dog" });
    await userEvent.selectOptions(screen.getByLabelText("State"), "in-review");
    expect(screen.queryByRole("link", { name: "Resident parking permit" })).toBeNull();
    expect(screen.getByRole("link", { name: "Registering a dog" })).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText("State"), "");
    await userEvent.type(screen.getByLabelText("Search by name or id"), "town");
    expect(await screen.findByRole("link", { name: "Town hall" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Registering a dog" })).toBeNull();
  });

  it("offers a new document of each kind", async () => {
    setup();
    await userEvent.click(await screen.findByRole("button", { name: "New document" }));
    for (const name of ["New form", "New service", "New channel", "New life situation"]) {
      expect(screen.getByRole("link", { name })).toBeTruthy();
    }
  });
});

describe("new document page", () => {
  it("refuses an id already taken, without asking for a document that may not exist, and creates the form", async () => {
    const calls = mockApi({
      "GET /auth/me": { body: STAFF },
      "GET /organisations/dubova/documents?kind=Form": {
        body: { documents: [summary("Form", "dog-registration")] },
      },
      "PUT /organisations/dubova/documents/Form/dog-licence/working-copy": {
        body: { workingCopy: {}, problems: [] },
      },
    });
    render(
      <SessionProvider>
        <MemoryRouter initialEntries={["/dubova/new/Form"]}>
          <BuilderRoutes />
        </MemoryRouter>
      </SessionProvider>,
    );
    await userEvent.type(await screen.findByLabelText(/^Name/), "Dog registration");
    expect((screen.getByLabelText("Id") as HTMLInputElement).value).toBe("dog-registration");
    await userEvent.click(screen.getByRole("button", { name: "Create form" }));
    expect(await screen.findByText("A form with the id dog-registration already exists.")).toBeTruthy();
    expect(calls.some((call) => call.url.includes("/documents/Form/"))).toBe(false);

    await userEvent.clear(screen.getByLabelText("Id"));
    await userEvent.type(screen.getByLabelText("Id"), "dog-licence");
    await userEvent.click(screen.getByRole("button", { name: "Create form" }));
    await vi.waitFor(() =>
      expect(
        calls.some((call) => call.method === "PUT" && call.url.endsWith("/Form/dog-licence/working-copy")),
      ).toBe(true),
    );
    const put = calls.find((call) => call.method === "PUT");
    expect(put?.body).toMatchObject({ content: { kind: "Form", metadata: { id: "dog-licence" } } });
  });
});
