import { act, render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { loadDemoForm } from "../../test/demo-form.ts";
import { CivitasForm } from "./civitas-form.tsx";

const spec = loadDemoForm("kindergarten-enrolment");

async function fillChildPage(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Given name/), "Anna");
  await user.type(screen.getByLabelText(/^Family name/), "Nováková");
  await user.type(screen.getByLabelText(/^Date of birth/), "2021-03-04");
  await user.click(screen.getByLabelText("Czech Republic"));
  await user.type(screen.getByLabelText(/^Czech birth number/), "215510/1234");
  await user.type(screen.getByLabelText(/^Street and house number/), "Sluneční 118");
  await user.type(screen.getByLabelText(/^Town or village/), "Dubová");
  await user.type(screen.getByLabelText(/^Postal code/), "386 01");
}

/** The error message a control names in its `aria-describedby`. */
const errorOf = (control: HTMLElement) =>
  (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains("civitas-error-message"))?.textContent;

describe("CivitasForm", () => {
  it("shows one page at a time, with the step and every step's title", () => {
    render(<CivitasForm spec={spec} locale="en" />);
    expect(screen.getByText("Step 1 of 5")).toBeTruthy();
    const steps = within(screen.getByRole("list", { name: "Progress" })).getAllByRole("listitem");
    expect(steps.map((step) => step.textContent)).toEqual([
      "1The child",
      "2Legal representatives",
      "3Kindergarten and health",
      "4Declarations and attachments",
      "5Check your answers",
    ]);
    expect(steps[0]?.getAttribute("aria-current")).toBe("step");
    expect(screen.getByRole("heading", { level: 2, name: "The child" })).toBeTruthy();
    expect(screen.getByLabelText("Given name (required)")).toBeTruthy();
    expect(screen.queryByLabelText(/Relationship to the child/)).toBeNull();
  });

  it("on Next lists only the page's problems, focuses the list, and links each to its field", async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<CivitasForm spec={spec} locale="en" onPageChange={onPageChange} />);
    await user.click(screen.getByRole("button", { name: "Continue" }));

    const summary = screen.getByRole("heading", { name: "Please correct the following" })
      .parentElement as HTMLElement;
    expect(document.activeElement).toBe(summary);
    const links = within(summary)
      .getAllByRole("link")
      .map((link) => link.textContent);
    expect(links).toContain("Given name: Fill in this field.");
    expect(links).toContain("Citizenship: Choose one of the options.");
    expect(links).toContain("The child's permanent address – Postal code: Fill in this field.");
    expect(links.some((text) => text?.includes("Relationship"))).toBe(false);
    expect(onPageChange).not.toHaveBeenCalled();

    const givenName = screen.getByLabelText(/^Given name/);
    expect(givenName.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(givenName)).toBe("Error: Fill in this field.");

    await user.click(within(summary).getByRole("link", { name: /^Postal code|Postal code: Fill/ }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Postal code/));
  });

  it("moves on when the page is right and keeps every answer when going back", async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<CivitasForm spec={spec} locale="en" onPageChange={onPageChange} />);
    await fillChildPage(user);
    await user.click(screen.getByRole("button", { name: "Continue" }));

    const heading = screen.getByRole("heading", { level: 2, name: "Legal representatives" });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText("Step 2 of 5")).toBeTruthy();
    expect(onPageChange).toHaveBeenLastCalledWith(
      "representatives",
      expect.objectContaining({ child: expect.anything() }),
    );

    await user.click(screen.getByRole("button", { name: "Back" }));
    expect((screen.getByLabelText(/^Given name/) as HTMLInputElement).value).toBe("Anna");
    expect((screen.getByLabelText(/^Postal code/) as HTMLInputElement).value).toBe("386 01");
    expect((screen.getByLabelText("Czech Republic") as HTMLInputElement).checked).toBe(true);
  });

  it("shows and hides conditional fields as the answers change, and requires what the logic requires", async () => {
    const user = userEvent.setup();
    render(<CivitasForm spec={spec} locale="en" />);
    const permit = /Document showing the child's right to stay/;
    expect(screen.queryByLabelText(permit)).toBeNull();
    await user.click(screen.getByLabelText("Another country"));
    expect(screen.getByLabelText(permit)).toBeTruthy();
    await user.click(screen.getByLabelText("Czech Republic"));
    expect(screen.queryByLabelText(permit)).toBeNull();

    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(
      screen.getByRole("link", { name: "Czech birth number (rodné číslo): Fill in this field." }),
    ).toBeTruthy();
  });

  it("checks a field when the person leaves it, but does not call an untouched empty field a mistake", async () => {
    const user = userEvent.setup();
    render(<CivitasForm spec={spec} locale="en" />);
    await user.click(screen.getByLabelText(/^Given name/));
    await user.tab();
    await user.type(screen.getByLabelText(/^Postal code/), "38");
    await user.tab();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));

    const postalCode = screen.getByLabelText(/^Postal code/);
    expect(postalCode.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(postalCode)).toBe(
      "Error: Check that this is written in the right form. For example 386 01.",
    );
    expect(screen.getByLabelText(/^Given name/).getAttribute("aria-invalid")).toBeNull();

    await user.clear(postalCode);
    await user.type(postalCode, "386 01");
    await user.tab();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(postalCode.getAttribute("aria-invalid")).toBeNull();
  });
});
