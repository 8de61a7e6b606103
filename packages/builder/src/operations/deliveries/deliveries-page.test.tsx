import { render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockApi, refusal } from "../test-kit/mock-api.ts";
import { DeliveriesPage } from "./deliveries-page.tsx";

const base = {
  submissionId: "0e6f3c7a-2b9d-4d8e-8f10-5a6b7c8d9e01",
  formId: "dog-registration",
  connector: "webhook",
  createdAt: "2025-03-01T08:00:00.000Z",
  lastAttemptAt: "2025-03-01T09:00:00.000Z",
  reference: null,
  deliveredAt: null,
  nextAttemptAt: null,
};
const DEAD = {
  ...base,
  id: 7,
  caseNumber: "PS-2025-00007",
  routeId: "registry",
  state: "dead",
  attempts: 12,
  lastError: "HTTP 503 from registry.dubova.example",
};
const DONE = {
  ...base,
  id: 8,
  caseNumber: "PS-2025-00008",
  routeId: "registry",
  state: "delivered",
  attempts: 1,
  lastError: null,
  reference: "REG-81",
  deliveredAt: "2025-03-01T09:00:01.000Z",
};
const LIST = "GET /organisations/dubova/deliveries";

describe("DeliveriesPage", () => {
  it("lists deliveries with state, attempts and last error, and filters by state", async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({
      [LIST]: { status: 200, body: { deliveries: [DEAD, DONE] } },
      [`${LIST}?state=dead`]: { status: 200, body: { deliveries: [DEAD] } },
    });
    render(<DeliveriesPage organisation="dubova" roles={["admin"]} />);
    const table = await screen.findByRole("table", { name: "Deliveries of dubova" });
    const dead = within(table).getByRole("row", { name: /PS-2025-00007/ });
    expect(within(dead).getByText("dead")).toBeTruthy();
    expect(within(dead).getByText("12")).toBeTruthy();
    expect(within(dead).getByText("HTTP 503 from registry.dubova.example")).toBeTruthy();
    expect(within(table).getByRole("row", { name: /PS-2025-00008/ })).toBeTruthy();
    expect(within(table).queryByRole("button", { name: "Replay PS-2025-00008 to registry" })).toBeNull();

    await user.selectOptions(screen.getByLabelText("Show"), "dead");
    await screen.findByRole("table", { name: "Deliveries of dubova (dead)" });
    await waitFor(() => expect(screen.queryByText("PS-2025-00008")).toBeNull());
    expect(calls.at(-1)?.path).toBe("/organisations/dubova/deliveries?state=dead");
    expect(screen.getByText("Showing 1 delivery in the state “dead”, newest first.")).toBeTruthy();
  });

  it("shows a delivery's attempts", async () => {
    const user = userEvent.setup();
    mockApi({
      [LIST]: { status: 200, body: { deliveries: [DEAD] } },
      "GET /organisations/dubova/deliveries/7": {
        status: 200,
        body: {
          ...DEAD,
          history: [
            {
              attempt: 1,
              outcome: "failed",
              detail: "HTTP 500",
              durationMs: 120,
              at: "2025-03-01T08:00:00.000Z",
            },
            {
              attempt: 12,
              outcome: "dead",
              detail: "HTTP 503",
              durationMs: 95,
              at: "2025-03-01T13:00:00.000Z",
            },
          ],
        },
      },
    });
    render(<DeliveriesPage organisation="dubova" roles={["admin"]} />);
    const toggle = await screen.findByRole("button", { name: "Attempts at PS-2025-00007 to registry" });
    await user.click(toggle);
    const attempts = await screen.findByRole("table", {
      name: "Attempts at delivering PS-2025-00007 to registry",
    });
    expect(within(attempts).getAllByRole("row")).toHaveLength(3);
    expect(within(attempts).getByText("HTTP 503")).toBeTruthy();
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
  });

  it("replays a dead-lettered delivery through its own endpoint and says so", async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({
      [LIST]: { status: 200, body: { deliveries: [DEAD] } },
      "POST /organisations/dubova/deliveries/7/replay": { status: 200, body: { replayed: [7] } },
    });
    render(<DeliveriesPage organisation="dubova" roles={["admin"]} />);
    await user.click(await screen.findByRole("button", { name: "Replay PS-2025-00007 to registry" }));
    const result = await screen.findByText(/PS-2025-00007 to registry is queued to be sent again now/);
    expect(result.closest("[role=status]")).toBeTruthy();
    expect(calls.find((c) => c.method === "POST")).toEqual({
      method: "POST",
      path: "/organisations/dubova/deliveries/7/replay",
      body: undefined,
    });
    await waitFor(() =>
      expect(calls.filter((c) => c.path === "/organisations/dubova/deliveries")).toHaveLength(2),
    );
  });

  it("shows the server's refusal to replay a delivered delivery", async () => {
    const user = userEvent.setup();
    mockApi({
      [LIST]: { status: 200, body: { deliveries: [{ ...DEAD, state: "pending", attempts: 3 }] } },
      "POST /organisations/dubova/deliveries/7/replay": refusal(
        409,
        "conflict",
        "Delivery 7 was delivered; it is not sent twice",
      ),
    });
    render(<DeliveriesPage organisation="dubova" roles={["admin"]} />);
    await user.click(await screen.findByRole("button", { name: "Retry now PS-2025-00007 to registry" }));
    const message = await screen.findByText("Delivery 7 was delivered; it is not sent twice");
    expect(message.closest("[role=alert]")).toBeTruthy();
  });

  it("replays all dead-lettered deliveries after a confirmation", async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({
      [LIST]: { status: 200, body: { deliveries: [DEAD] } },
      "POST /organisations/dubova/deliveries/replay": { status: 200, body: { replayed: [7, 9, 11] } },
    });
    render(<DeliveriesPage organisation="dubova" roles={["admin"]} />);
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Replay all dead-lettered deliveries" }));
    expect(calls.some((c) => c.method === "POST")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Yes, replay all" }));
    expect(
      await screen.findByText("3 dead-lettered deliveries are queued to be sent again now."),
    ).toBeTruthy();
    expect(calls.find((c) => c.method === "POST")).toEqual({
      method: "POST",
      path: "/organisations/dubova/deliveries/replay",
      body: { state: "dead" },
    });
  });
});
