import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetCatalogs } from "../app/use-catalog.ts";
import { demoCatalog, demoForm } from "../testing/demo-catalog.ts";
import { type FakeRequest, fakeApi } from "../testing/fake-api.ts";
import { renderPage } from "../testing/render-page.tsx";

const DRAFT = "6f1c2b4e-0000-4000-8000-00000000000a";
const FORM = "/organisations/dubova/forms/kindergarten-enrolment";
let requests: FakeRequest[];

function serve(signedIn: boolean) {
  const api = fakeApi({
    "GET /citizen/me": () => ({ status: 200, body: { signedIn, name: signedIn ? "Jana" : null } }),
    "GET /organisations/dubova/catalog": () => ({ status: 200, body: demoCatalog() }),
    [`GET ${FORM}`]: () => ({ status: 200, body: demoForm("kindergarten-enrolment", { version: 2 }) }),
    [`GET ${FORM}?version=1`]: () => ({
      status: 200,
      body: demoForm("kindergarten-enrolment", { version: 1 }),
    }),
    "GET /citizen/drafts": () => ({
      status: 200,
      body: {
        drafts: [{ id: DRAFT, organisation: "dubova", form: "kindergarten-enrolment", updatedAt: "" }],
      },
    }),
    [`GET /drafts/${DRAFT}`]: () => ({
      status: 200,
      body: {
        id: DRAFT,
        organisation: "dubova",
        form: "kindergarten-enrolment",
        formVersion: 1,
        data: { representatives: [{ givenName: "Jana" }] },
        page: "representatives",
        revision: 4,
        createdAt: "2026-11-01T10:00:00Z",
        updatedAt: "2026-11-02T10:00:00Z",
        expiresAt: "2026-12-02T10:00:00Z",
      },
    }),
    [`GET /drafts/${DRAFT}/attachments`]: () => ({ status: 200, body: { attachments: [] } }),
  });
  requests = api.requests;
  vi.stubGlobal("fetch", api.fetch);
}

beforeEach(() => forgetCatalogs());
afterEach(() => vi.unstubAllGlobals());

describe("the e-form page", () => {
  it("asks to sign in first for a form that is not anonymous, and comes back here afterwards", async () => {
    serve(false);
    renderPage("/dubova/forms/kindergarten-enrolment");
    const link = await screen.findByRole("link", { name: "Sign in and continue" });
    expect(link.getAttribute("href")).toBe("/sign-in?return=%2Fdubova%2Fforms%2Fkindergarten-enrolment");
    expect(requests.some((request) => request.path.includes("drafts"))).toBe(false);
  });

  it("resumes the citizen's draft on its own form version and page, with its answers and expiry", async () => {
    serve(true);
    renderPage("/dubova/forms/kindergarten-enrolment");
    expect(await screen.findByRole("heading", { level: 2, name: "Legal representatives" })).toBeTruthy();
    expect((screen.getByLabelText(/^Given name/) as HTMLInputElement).value).toBe("Jana");
    expect(screen.getByRole("status", { name: "" }).textContent).toMatch(
      /The draft is kept until 2 December 2026/,
    );
    expect(requests.map((request) => `${request.method} ${request.path}`)).toContain(`GET ${FORM}?version=1`);
    expect(requests.some((request) => request.method === "POST")).toBe(false);
  });
});
