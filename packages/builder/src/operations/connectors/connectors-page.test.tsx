import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { mockApi, refusal } from "../test-kit/mock-api.ts";
import { ConnectorsPage } from "./connectors-page.tsx";

const summary = (id: string, latestVersion: number | null) => ({
  kind: "Form",
  id,
  latestVersion,
  publishedAt: null,
  workingCopyState: null,
  publishAt: null,
  archived: false,
  reviewBy: null,
});

const form = (id: string, name: string, routes: unknown[]) => ({
  apiVersion: "civitas/v1",
  kind: "Form",
  metadata: { id, organisation: "dubova" },
  spec: { name: { cs: `${name} (cs)`, en: name }, submission: { routes } },
});

const GRANT_ROUTES = [
  {
    id: "grants-register",
    connector: "webhook",
    url: "https://grants.dubova.example/in",
    secret: "GRANTS_WEBHOOK_SECRET",
    when: { field: "applicant.type", equals: "business" },
  },
  { id: "grants-office", connector: "email", to: ["dotace@dubova.example"] },
];

function renderPage() {
  render(
    <MemoryRouter>
      <ConnectorsPage organisation="dubova" roles={["admin", "author"]} />
    </MemoryRouter>,
  );
}

describe("ConnectorsPage", () => {
  it("lists each form's routes with settings, the server settings holding secrets, conditions and a link to the definition", async () => {
    const { calls } = mockApi({
      "GET /organisations/dubova/documents?kind=Form": {
        status: 200,
        body: { documents: [summary("municipal-grant-application", 2), summary("dog-registration", null)] },
      },
      "GET /organisations/dubova/documents/Form/municipal-grant-application": {
        status: 200,
        body: {
          kind: "Form",
          id: "municipal-grant-application",
          archivedAt: null,
          latest: {
            version: 2,
            content: form("municipal-grant-application", "Grant application", GRANT_ROUTES),
          },
          workingCopy: null,
        },
      },
      "GET /organisations/dubova/documents/Form/dog-registration": {
        status: 200,
        body: {
          kind: "Form",
          id: "dog-registration",
          archivedAt: null,
          latest: null,
          workingCopy: { state: "draft", content: form("dog-registration", "Dog registration", []) },
        },
      },
    });
    renderPage();
    expect(screen.getByRole("heading", { level: 1, name: "Connectors" })).toBeTruthy();
    const table = await screen.findByRole("table", { name: "Routes of Grant application" });
    const webhook = within(table).getByRole("row", { name: /grants-register/ });
    expect(within(webhook).getByText("webhook")).toBeTruthy();
    expect(within(webhook).getByText("https://grants.dubova.example/in")).toBeTruthy();
    expect(within(webhook).getByText("when applicant.type equals business")).toBeTruthy();
    expect(within(webhook).getByText("GRANTS_WEBHOOK_SECRET")).toBeTruthy();
    expect(within(webhook).getByText("(a server setting; its value is not shown)")).toBeTruthy();
    const email = within(table).getByRole("row", { name: /grants-office/ });
    expect(within(email).getByText("always")).toBeTruthy();
    expect(screen.getByText(/Routes of the published version 2/)).toBeTruthy();

    const link = screen.getByRole("link", { name: "Open the definition of Grant application" });
    expect(link.getAttribute("href")).toBe("/builder/dubova/documents/Form/municipal-grant-application");
    expect(screen.getByText(/Routes are part of a form's definition/)).toBeTruthy();

    expect(await screen.findByRole("heading", { level: 2, name: /Dog registration/ })).toBeTruthy();
    expect(screen.getByText(/this form's submissions are kept on the platform/)).toBeTruthy();
    expect(screen.getByText("2 forms with 2 routes in all.")).toBeTruthy();
    expect(calls.every((c) => c.method === "GET")).toBe(true);
  });

  it("says which form could not be read and still shows the others", async () => {
    mockApi({
      "GET /organisations/dubova/documents?kind=Form": {
        status: 200,
        body: { documents: [summary("secret-form", 1)] },
      },
      "GET /organisations/dubova/documents/Form/secret-form": refusal(
        403,
        "forbidden",
        "You may not read secret-form",
      ),
    });
    renderPage();
    expect(await screen.findByText("This form could not be read: You may not read secret-form")).toBeTruthy();
  });

  it("shows why the forms could not be listed", async () => {
    mockApi({
      "GET /organisations/dubova/documents?kind=Form": refusal(
        404,
        "not-found",
        "Organisation dubova does not exist",
      ),
    });
    renderPage();
    const message = await screen.findByText(
      "The forms could not be loaded: Organisation dubova does not exist",
    );
    expect(message.getAttribute("role")).toBe("alert");
  });
});
