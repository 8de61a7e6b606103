import { render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockApi, refusal } from "../test-kit/mock-api.ts";
import { UsersPage } from "./users-page.tsx";

const ANNA = {
  id: "u1",
  email: "anna@dubova.example",
  name: "Anna Nováková",
  roles: ["admin", "publisher"],
  lastSignInAt: "2025-03-01T09:30:00.000Z",
};
const PETR = {
  id: "u2",
  email: "petr@dubova.example",
  name: "Petr Malý",
  roles: ["author"],
  lastSignInAt: null,
};

const staffTable = () => screen.getByRole("table", { name: "Staff of dubova" });
const rowOf = (name: string) => screen.getByRole("row", { name: new RegExp(name) });

describe("UsersPage", () => {
  it("lists the staff with their roles and last sign-in", async () => {
    mockApi({ "GET /organisations/dubova/staff": { status: 200, body: { staff: [ANNA, PETR] } } });
    render(<UsersPage organisation="dubova" roles={["admin"]} />);
    expect(await screen.findByRole("heading", { level: 1, name: "Users" })).toBeTruthy();
    await screen.findByRole("rowheader", { name: "Anna Nováková" });
    expect(within(rowOf("Anna")).getByText("admin, publisher")).toBeTruthy();
    expect(within(rowOf("Petr")).getByText("Never")).toBeTruthy();
    expect(
      within(staffTable())
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Name", "E-mail", "Roles", "Last sign-in", "Actions"]);
  });

  it("tells a non-admin the page is for admins and asks the server nothing", () => {
    const { calls } = mockApi({});
    render(<UsersPage organisation="dubova" roles={["author"]} />);
    expect(screen.getByText(/Only admins of dubova can use this page/)).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it("adds a person and shows their password once", async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({
      "GET /organisations/dubova/staff": { status: 200, body: { staff: [ANNA] } },
      "POST /organisations/dubova/staff": {
        status: 201,
        body: {
          ...PETR,
          id: "u3",
          email: "jana@dubova.example",
          name: "Jana Dvořák",
          password: "kX7-pq2-Lm9",
        },
      },
    });
    render(<UsersPage organisation="dubova" roles={["admin"]} />);
    await screen.findByRole("rowheader", { name: "Anna Nováková" });

    await user.type(screen.getByLabelText("E-mail address"), "jana@dubova.example");
    await user.type(screen.getByLabelText("Name"), "Jana Dvořák");
    const roles = screen.getByRole("group", { name: "Roles" });
    expect(within(roles).getByText("handles submitted cases")).toBeTruthy();
    await user.click(within(roles).getByRole("checkbox", { name: "author" }));
    await user.click(screen.getByRole("button", { name: "Add person" }));

    const password = await screen.findByLabelText("First password of jana@dubova.example");
    expect((password as HTMLInputElement).value).toBe("kX7-pq2-Lm9");
    expect(screen.getByText("It will not be shown again.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Copy" })).toBeTruthy();
    expect(calls.at(-1)).toEqual({
      method: "POST",
      path: "/organisations/dubova/staff",
      body: { email: "jana@dubova.example", name: "Jana Dvořák", roles: ["author"] },
    });
    expect(within(staffTable()).getByRole("rowheader", { name: "Jana Dvořák" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "I have copied it" }));
    expect(screen.queryByDisplayValue("kX7-pq2-Lm9")).toBeNull();
    expect(screen.queryByText(/kX7-pq2-Lm9/)).toBeNull();
  });

  it("says what is missing and sends nothing when the form is incomplete", async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({ "GET /organisations/dubova/staff": { status: 200, body: { staff: [] } } });
    render(<UsersPage organisation="dubova" roles={["admin"]} />);
    await screen.findByText("No one yet.");
    await user.click(screen.getByRole("button", { name: "Add person" }));
    expect(screen.getByText(/Enter an e-mail address/)).toBeTruthy();
    expect(screen.getByText("Choose at least one role.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("E-mail address"));
    expect(calls.filter((c) => c.method === "POST")).toEqual([]);
  });

  it("shows the server's refusal to leave no admin and keeps the roles as they were", async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({
      "GET /organisations/dubova/staff": { status: 200, body: { staff: [ANNA, PETR] } },
      "PUT /organisations/dubova/staff/u1/roles": refusal(
        409,
        "conflict",
        "dubova would be left without an admin; give someone else the admin role first",
      ),
    });
    render(<UsersPage organisation="dubova" roles={["admin"]} />);
    await screen.findByRole("rowheader", { name: "Anna Nováková" });

    await user.click(screen.getByRole("button", { name: "Edit roles of Anna Nováková" }));
    const editor = screen.getByRole("group", { name: "Roles of Anna Nováková" });
    await user.click(within(editor).getByRole("checkbox", { name: "admin" }));
    await user.click(screen.getByRole("button", { name: "Save roles" }));

    const message = await screen.findByText(
      "dubova would be left without an admin; give someone else the admin role first",
    );
    expect(message.closest("[role=alert]")).toBeTruthy();
    expect(calls.at(-1)).toMatchObject({ method: "PUT", body: { roles: ["publisher"] } });
    expect(within(rowOf("Anna")).getByText("admin, publisher")).toBeTruthy();
  });

  it("changes roles after saving", async () => {
    const user = userEvent.setup();
    mockApi({
      "GET /organisations/dubova/staff": { status: 200, body: { staff: [ANNA, PETR] } },
      "PUT /organisations/dubova/staff/u2/roles": {
        status: 200,
        body: { ...PETR, roles: ["author", "officer"] },
      },
    });
    render(<UsersPage organisation="dubova" roles={["admin"]} />);
    await user.click(await screen.findByRole("button", { name: "Edit roles of Petr Malý" }));
    const editor = screen.getByRole("group", { name: "Roles of Petr Malý" });
    await user.click(within(editor).getByRole("checkbox", { name: "officer" }));
    await user.click(screen.getByRole("button", { name: "Save roles" }));
    await waitFor(() => expect(within(rowOf("Petr")).getByText("author, officer")).toBeTruthy());
    expect(screen.getByText(/Petr Malý are now: author, officer/).closest("[role=status]")).toBeTruthy();
  });

  it("removes a person only after a confirmation, and keeps them when the server refuses", async () => {
    const user = userEvent.setup();
    let refuse = true;
    const { calls } = mockApi({
      "GET /organisations/dubova/staff": { status: 200, body: { staff: [ANNA, PETR] } },
      "DELETE /organisations/dubova/staff/u1": () =>
        refuse ? refusal(409, "conflict", "Anna Nováková is the last admin of dubova") : { status: 204 },
    });
    render(<UsersPage organisation="dubova" roles={["admin"]} />);
    await user.click(await screen.findByRole("button", { name: "Remove Anna Nováková" }));
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);
    expect(screen.getByText(/Remove Anna Nováková from dubova\?/)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Yes, remove" }));
    expect(
      (await screen.findByText("Anna Nováková is the last admin of dubova")).closest("[role=alert]"),
    ).toBeTruthy();
    expect(rowOf("Anna")).toBeTruthy();

    refuse = false;
    await user.click(screen.getByRole("button", { name: "Remove Anna Nováková" }));
    await user.click(screen.getByRole("button", { name: "Yes, remove" }));
    await waitFor(() => expect(screen.queryByRole("rowheader", { name: "Anna Nováková" })).toBeNull());
    expect(calls.filter((c) => c.method === "DELETE")).toHaveLength(2);
  });
});
