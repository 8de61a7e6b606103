import { render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockApi, refusal } from "../test-kit/mock-api.ts";
import { ApiKeysPage } from "./api-keys-page.tsx";

const PAYROLL = {
  id: "6c1f7a2e-1111-4e8b-9d55-0a3c2b1d0001",
  name: "Payroll back office",
  prefix: "cv_3f9a",
  roles: ["back-office"],
  createdAt: "2025-01-10T08:00:00.000Z",
  lastUsedAt: "2025-03-02T12:00:00.000Z",
  revokedAt: null,
};
const OLD = {
  ...PAYROLL,
  id: "6c1f7a2e-1111-4e8b-9d55-0a3c2b1d0002",
  name: "Old catalog tool",
  prefix: "cv_77aa",
  roles: ["author", "publisher"],
  lastUsedAt: null,
  revokedAt: "2025-02-01T08:00:00.000Z",
};
const LIST = "GET /organisations/dubova/api-keys";
const rowOf = (name: string) => screen.getByRole("row", { name: new RegExp(name) });

describe("ApiKeysPage", () => {
  it("lists the keys with created, last used and revoked", async () => {
    mockApi({ [LIST]: { status: 200, body: { apiKeys: [PAYROLL, OLD] } } });
    render(<ApiKeysPage organisation="dubova" roles={["admin"]} />);
    expect(screen.getByRole("heading", { level: 1, name: "API keys" })).toBeTruthy();
    await screen.findByRole("table", { name: "API keys of dubova" });
    expect(within(rowOf("Payroll")).getByText("Active")).toBeTruthy();
    expect(
      within(rowOf("Payroll")).getByRole("button", { name: "Revoke the key Payroll back office" }),
    ).toBeTruthy();
    expect(within(rowOf("Old catalog")).getByText(/Revoked/)).toBeTruthy();
    expect(within(rowOf("Old catalog")).getByText("Never")).toBeTruthy();
    expect(within(rowOf("Old catalog")).queryByRole("button")).toBeNull();
  });

  it("creates a key with its roles and shows the key once", async () => {
    const user = userEvent.setup();
    const created = {
      ...PAYROLL,
      id: "6c1f7a2e-1111-4e8b-9d55-0a3c2b1d0003",
      name: "Filing",
      lastUsedAt: null,
    };
    const { calls } = mockApi({
      [LIST]: { status: 200, body: { apiKeys: [PAYROLL] } },
      "POST /organisations/dubova/api-keys": {
        status: 201,
        body: { key: "cv_9b2c.s3cr3t-value-only-once", apiKey: created },
      },
    });
    render(<ApiKeysPage organisation="dubova" roles={["admin"]} />);
    await screen.findByRole("table");
    await user.type(screen.getByLabelText("Name"), "Filing");
    await user.click(screen.getByRole("checkbox", { name: "back-office" }));
    await user.click(screen.getByRole("button", { name: "Create key" }));

    const key = (await screen.findByLabelText("API key Filing")) as HTMLInputElement;
    expect(key.value).toBe("cv_9b2c.s3cr3t-value-only-once");
    expect(screen.getByText("It will not be shown again.")).toBeTruthy();
    expect(calls.at(-1)?.body).toEqual({ name: "Filing", roles: ["back-office"] });
    expect(within(screen.getByRole("table")).getByRole("rowheader", { name: "Filing" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText(/Copied|Copying is not available/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "I have copied it" }));
    expect(screen.queryByDisplayValue("cv_9b2c.s3cr3t-value-only-once")).toBeNull();
  });

  it("shows a refusal and leaves the list unchanged", async () => {
    const user = userEvent.setup();
    mockApi({
      [LIST]: { status: 200, body: { apiKeys: [PAYROLL] } },
      "POST /organisations/dubova/api-keys": refusal(
        409,
        "conflict",
        "A key named Payroll back office exists",
      ),
    });
    render(<ApiKeysPage organisation="dubova" roles={["admin"]} />);
    await screen.findByRole("table");
    await user.type(screen.getByLabelText("Name"), "Payroll back office");
    await user.click(screen.getByRole("checkbox", { name: "author" }));
    await user.click(screen.getByRole("button", { name: "Create key" }));
    const message = await screen.findByText("A key named Payroll back office exists");
    expect(message.closest("[role=alert]")).toBeTruthy();
    expect(within(screen.getByRole("table")).getAllByRole("rowheader")).toHaveLength(1);
    expect(screen.queryByText("It will not be shown again.")).toBeNull();
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Payroll back office");
  });

  it("revokes a key after a confirmation", async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({
      [LIST]: { status: 200, body: { apiKeys: [PAYROLL] } },
      [`DELETE /organisations/dubova/api-keys/${PAYROLL.id}`]: { status: 204 },
    });
    render(<ApiKeysPage organisation="dubova" roles={["admin"]} />);
    await user.click(await screen.findByRole("button", { name: "Revoke the key Payroll back office" }));
    expect(screen.getByText(/Systems using it will be refused at once/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Yes, revoke" }));
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Yes, revoke" }));
    await waitFor(() => expect(within(rowOf("Payroll")).getByText(/Revoked/)).toBeTruthy());
    expect(calls.at(-1)).toMatchObject({
      method: "DELETE",
      path: `/organisations/dubova/api-keys/${PAYROLL.id}`,
    });
  });
});
