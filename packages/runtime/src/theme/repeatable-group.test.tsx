import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadDemoForm } from "../../test/demo-form.ts";
import { CivitasForm } from "../form/civitas-form.tsx";

const spec = loadDemoForm("kindergarten-enrolment");
const group = "The child's legal representatives";

describe("a repeatable group", () => {
  it("names its items, adds up to its maximum and removes down to its minimum with clear labels", async () => {
    const user = userEvent.setup();
    render(<CivitasForm spec={spec} locale="en" initialPage="representatives" />);
    const list = screen.getByRole("group", { name: `${group} (required)` });
    expect(screen.getByRole("group", { name: `${group} 1` })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Remove/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: `Add another: ${group}` }));
    expect(screen.getByRole("group", { name: `${group} 2` })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Add another/ })).toBeNull();
    expect(screen.getAllByLabelText(/^Given name/)).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: `Remove: ${group} 2` }));
    expect(screen.queryByRole("group", { name: `${group} 2` })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(list));
  });

  it("shows a field of one item by the condition on that item alone", async () => {
    const user = userEvent.setup();
    render(<CivitasForm spec={spec} locale="en" initialPage="representatives" />);
    await user.click(screen.getByRole("button", { name: `Add another: ${group}` }));
    const [first] = screen.getAllByLabelText("Guardian appointed by a court");
    await user.click(first as HTMLElement);
    expect(screen.getAllByLabelText(/^Court decision placing the child in your care/)).toHaveLength(1);
    expect(screen.getByRole("group", { name: `${group} 1` }).textContent).toContain("Court decision");
    expect(screen.getByRole("group", { name: `${group} 2` }).textContent).not.toContain("Court decision");
  });
});
