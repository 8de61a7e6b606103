import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { loadDemoForm } from "../../test/demo-form.ts";
import type { AutosaveOptions } from "../autosave/autosave-client.ts";
import { CivitasForm } from "../form/civitas-form.tsx";
import { AutosaveStatusText } from "./autosave-status-text.tsx";
import { useAutosave } from "./use-autosave.ts";

const spec = loadDemoForm("kindergarten-enrolment");
const DRAFT = "0b8a7c52-8d3e-4c1a-9d55-3f1a2b4c5d6e";

function Harness(props: { options: Partial<AutosaveOptions>; onReload?: () => void }) {
  const autosave = useAutosave({
    draftId: DRAFT,
    revision: 1,
    storage: null,
    events: null,
    debounceMs: 20,
    ...props.options,
  });
  return (
    <>
      <AutosaveStatusText
        client={autosave.client}
        locale="en"
        {...(props.onReload ? { onReload: props.onReload } : {})}
      />
      <CivitasForm
        spec={spec}
        locale="en"
        initialData={autosave.initialData}
        initialPage={autosave.initialPage}
        onChange={autosave.onChange}
        onPageChange={autosave.onPageChange}
      />
    </>
  );
}

const answer = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

describe("useAutosave with CivitasForm", () => {
  it("saves what is typed and the page moved to, and says so with the draft's expiry", async () => {
    const user = userEvent.setup();
    const bodies: Array<Record<string, unknown>> = [];
    const fetch = vi.fn((_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return answer(200, {
        id: DRAFT,
        revision: bodies.length + 1,
        updatedAt: "2025-05-01T10:00:00Z",
        expiresAt: "2025-05-31T10:00:00Z",
      });
    });
    render(<Harness options={{ fetch, page: "representatives" }} />);
    await user.type(screen.getByLabelText(/^Given name/), "Eva");
    await waitFor(() =>
      expect(bodies.at(-1)).toMatchObject({ data: { representatives: [{ givenName: "Eva" }] } }),
    );
    // Each save builds on the revision the one before it got back.
    expect(bodies.map((body) => body.revision)).toEqual(bodies.map((_body, index) => index + 1));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toMatch(
        /^Draft saved at .+ The draft is kept until May 31, 2025/,
      ),
    );

    await user.click(screen.getByRole("button", { name: "Back" }));
    await waitFor(() => expect(bodies.at(-1)).toMatchObject({ page: "child" }));
  });

  it("tells the person when another tab saved a newer version, and offers to load it", async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    const fetch = vi.fn(() =>
      answer(409, {
        error: { code: "revision-conflict", message: "saved elsewhere", details: { currentRevision: 4 } },
      }),
    );
    render(<Harness options={{ fetch }} onReload={onReload} />);
    await user.type(screen.getByLabelText(/^Given name/), "A");
    expect(
      await screen.findByText("This draft was saved in another window meanwhile. Load its newer version."),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Load the newer version" }));
    expect(onReload).toHaveBeenCalled();
  });
});
