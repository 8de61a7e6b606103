import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BuilderRoutes } from "../app/builder-routes.tsx";
import { mockApi, STAFF } from "../app/mock-api.ts";
import { SessionProvider } from "../app/session.tsx";
import { localDraftKey } from "../documents/local-draft.ts";

const CONTENT = {
  apiVersion: "civitas/v1",
  kind: "Channel",
  metadata: { id: "helpline", organisation: "dubova" },
  spec: { type: "phone", name: { cs: "Linka" }, phone: "+420 383 100 111" },
};
const DOCUMENT = "/organisations/dubova/documents/Channel/helpline";

function setup(saveAnswer: { status: number; body: unknown }) {
  const calls = mockApi({
    "GET /auth/me": { body: STAFF },
    [`GET ${DOCUMENT}`]: {
      body: {
        kind: "Channel",
        id: "helpline",
        archivedAt: null,
        latest: null,
        workingCopy: {
          state: "draft",
          content: CONTENT,
          baseVersion: null,
          publishAt: null,
          scheduledBy: null,
          comment: null,
          updatedBy: "staff:anna@dubova.example",
          updatedAt: "2026-01-05T00:00:00.000Z",
        },
      },
    },
    "POST /organisations/dubova/definitions/validate": { body: { ok: true, problems: [] } },
    [`PUT ${DOCUMENT}/working-copy`]: saveAnswer,
  });
  render(
    <SessionProvider>
      <MemoryRouter initialEntries={["/dubova/documents/Channel/helpline"]}>
        <BuilderRoutes />
      </MemoryRouter>
    </SessionProvider>,
  );
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("document page", () => {
  it("offers back the unsaved changes kept in the browser, and keeps them when the server refuses them", async () => {
    const edited = { ...CONTENT, spec: { ...CONTENT.spec, phone: "not a phone" } };
    localStorage.setItem(
      localDraftKey("dubova", "Channel", "helpline"),
      JSON.stringify({ content: edited, savedAt: "2026-01-06T09:30:00.000Z" }),
    );
    const problem = {
      severity: "error",
      code: "invalid-format",
      message: "must be a phone number such as +420 380 766 111",
      file: "Channel/helpline.json",
      line: 9,
      column: 14,
      pointer: "/spec/phone",
    };
    const calls = setup({
      status: 422,
      body: {
        error: {
          code: "invalid-definition",
          message: "The definition has 1 error; nothing was saved.",
          details: { problems: [problem] },
        },
      },
    });
    expect(await screen.findByText(/You have unsaved changes from/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Restore" }));
    expect((screen.getByLabelText(/^Phone/) as HTMLInputElement).value).toBe("not a phone");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Not saved: 1 problem")).toBeTruthy();
    expect(calls.find((call) => call.method === "PUT")?.body).toEqual({ content: edited });
    expect(screen.getByText("The definition has 1 error; nothing was saved.")).toBeTruthy();
    const kept = JSON.parse(localStorage.getItem(localDraftKey("dubova", "Channel", "helpline")) ?? "{}");
    expect(kept.content).toEqual(edited);
  });

  it("undoes and redoes an edit with the keyboard", async () => {
    setup({ status: 200, body: {} });
    const czech = (await screen.findAllByLabelText("Czech (cs)"))[0] as HTMLInputElement;
    await userEvent.type(czech, " radnice");
    expect(czech.value).toBe("Linka radnice");
    expect(screen.getByText("Unsaved changes")).toBeTruthy();
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(((await screen.findAllByLabelText("Czech (cs)"))[0] as HTMLInputElement).value).toBe("Linka");
    await userEvent.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(((await screen.findAllByLabelText("Czech (cs)"))[0] as HTMLInputElement).value).toBe(
      "Linka radnice",
    );
  });
});
