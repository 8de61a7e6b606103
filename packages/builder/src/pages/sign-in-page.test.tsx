import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BuilderRoutes } from "../app/builder-routes.tsx";
import { mockApi, STAFF } from "../app/mock-api.ts";
import { SessionProvider } from "../app/session.tsx";

const renderAt = (path: string) =>
  render(
    <SessionProvider>
      <MemoryRouter initialEntries={[path]}>
        <BuilderRoutes />
      </MemoryRouter>
    </SessionProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe("sign-in", () => {
  it("sends a person who is not signed in to sign in, and back to the page they asked for", async () => {
    const calls = mockApi({
      "GET /auth/me": { body: { type: "anonymous", organisations: {} } },
      "POST /auth/login": { body: STAFF },
      "GET /organisations/dubova/reviews-due": { body: { documents: [] } },
    });
    renderAt("/dubova/reviews");
    await userEvent.type(await screen.findByLabelText("E-mail"), "anna@dubova.example");
    await userEvent.type(screen.getByLabelText("Password"), "secret");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { name: "Review due" })).toBeTruthy();
    expect(calls.find((call) => call.url === "/auth/login")?.body).toEqual({
      email: "anna@dubova.example",
      password: "secret",
    });
    expect(screen.getByText("Anna Nováková")).toBeTruthy();
  });

  it("says clearly when the e-mail or password is wrong", async () => {
    mockApi({
      "GET /auth/me": { body: { type: "anonymous", organisations: {} } },
      "POST /auth/login": { status: 401, body: { error: { code: "unauthenticated", message: "Wrong" } } },
    });
    renderAt("/sign-in");
    await userEvent.type(await screen.findByLabelText("E-mail"), "anna@dubova.example");
    await userEvent.type(screen.getByLabelText("Password"), "nope");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "The e-mail or password is not right. Check them and try again.",
    );
  });

  it("asks for both fields before calling the server", async () => {
    const calls = mockApi({ "GET /auth/me": { body: { type: "anonymous", organisations: {} } } });
    renderAt("/sign-in");
    await userEvent.click(await screen.findByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Enter your e-mail and password.");
    expect(calls.some((call) => call.url === "/auth/login")).toBe(false);
  });

  it("shows admins the operations pages and others not", async () => {
    mockApi({
      "GET /auth/me": { body: { ...STAFF, organisations: { dubova: ["admin"], lipany: ["author"] } } },
      "GET /organisations/dubova/reviews-due": { body: { documents: [] } },
      "GET /organisations/lipany/reviews-due": { body: { documents: [] } },
    });
    const view = renderAt("/dubova/reviews");
    const nav = await screen.findByRole("navigation", { name: "Main" });
    expect(nav.textContent).toContain("Users");
    expect(nav.textContent).toContain("Connectors");
    await userEvent.selectOptions(screen.getByLabelText("Organisation"), "lipany");
    expect(screen.getByRole("navigation", { name: "Main" }).textContent).not.toContain("Users");
    view.unmount();
  });
});
