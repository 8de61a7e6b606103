import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { loadDemoForm } from "../../test/demo-form.ts";
import { kindergartenAnswers } from "../../test/kindergarten-answers.ts";
import { CivitasForm } from "./civitas-form.tsx";
import { REVIEW_PAGE } from "./wizard-pages.ts";

const spec = loadDemoForm("kindergarten-enrolment");
const files = [{ id: "vaccination-0001", filename: "ockovani.pdf", size: 1200 }];

/** The answer shown for a label, under the heading of its group if it is in one. */
const answerTo = (label: string, group?: string) => {
  const scope = group
    ? screen.getByRole("heading", { level: 4, name: group }).parentElement
    : document.querySelector(".civitas-review");
  const terms = [...(scope?.querySelectorAll("dt") ?? [])];
  return terms.find((term) => term.textContent === label)?.nextElementSibling?.textContent;
};

describe("CivitasForm's review step", () => {
  it("lists every answer shown, in words, and leaves out what the logic hides", () => {
    render(
      <CivitasForm
        spec={spec}
        locale="en"
        initialData={kindergartenAnswers()}
        initialPage={REVIEW_PAGE}
        files={files}
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Check your answers" })).toBeTruthy();
    expect(answerTo("Given name")).toBe("Anna");
    expect(answerTo("Citizenship")).toBe("Czech Republic");
    expect(answerTo("Date of birth")).toBe("March 4, 2021");
    expect(answerTo("Postal code", "The child's permanent address")).toBe("386 01");
    expect(answerTo("E-mail", "The child's legal representatives 1")).toBe("eva@example.cz");
    expect(answerTo("Paediatrician's confirmation of vaccination")).toBe("ockovani.pdf");
    expect(answerTo("I declare that all the information given is true.")).toBe("Yes");
    expect(answerTo("Second choice")).toBe("Not answered");
    expect(screen.queryByText("Describe the special educational needs")).toBeNull();
    expect(screen.queryByText("Needs a teaching assistant")).toBeNull();
    expect(screen.queryByText(/Court decision/)).toBeNull();
  });

  it("takes the person to an answer's page and field to change it", async () => {
    const user = userEvent.setup();
    render(
      <CivitasForm spec={spec} locale="en" initialData={kindergartenAnswers()} initialPage={REVIEW_PAGE} />,
    );
    await user.click(
      screen.getByRole("button", { name: "Change: The child's legal representatives 1 – E-mail" }),
    );
    expect(screen.getByRole("heading", { level: 2, name: "Legal representatives" })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^E-mail/));
    expect((document.activeElement as HTMLInputElement).value).toBe("eva@example.cz");
  });

  it("submits the answers once, and says in words why a submission failed", async () => {
    const user = userEvent.setup();
    let reject: (error: Error) => void = () => {};
    const onSubmit = vi.fn((_data: unknown) => new Promise<void>((_resolve, fail) => (reject = fail)));
    render(
      <CivitasForm
        spec={spec}
        locale="en"
        initialData={kindergartenAnswers()}
        initialPage={REVIEW_PAGE}
        onSubmit={onSubmit}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Submit application" }));
    expect(screen.getByRole("button", { name: "Submitting…" })).toHaveProperty("disabled", true);
    await user.click(screen.getByRole("button", { name: "Submitting…" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ child: { givenName: "Anna" } });

    reject(new Error("The service is not available right now"));
    expect(
      await screen.findByText(
        "The application could not be submitted: The service is not available right now",
      ),
    ).toBeTruthy();
  });

  it("does not submit while a page has problems, and links each to its page", async () => {
    const user = userEvent.setup();
    const answers = kindergartenAnswers();
    answers.representatives[0] = { ...answers.representatives[0], email: "not an address" } as never;
    const onSubmit = vi.fn();
    render(
      <CivitasForm
        spec={spec}
        locale="en"
        initialData={answers}
        initialPage={REVIEW_PAGE}
        onSubmit={onSubmit}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Submit application" }));
    expect(onSubmit).not.toHaveBeenCalled();
    const link = screen.getByRole("link", {
      name: "The child's legal representatives 1 – E-mail: Enter an e-mail address like name@example.com.",
    });
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText(/^E-mail/));
    expect(screen.getByLabelText(/^E-mail/).getAttribute("aria-invalid")).toBe("true");
  });
});

describe("CivitasForm's languages", () => {
  it("speaks Czech and Latvian, in its own texts and in validation messages", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<CivitasForm spec={spec} locale="cs" />);
    await user.click(screen.getByRole("button", { name: "Pokračovat" }));
    expect(screen.getByRole("link", { name: "Jméno: Vyplňte toto pole." })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Státní občanství: Vyberte jednu z možností." })).toBeTruthy();
    expect(screen.getByText("Krok 1 z 5")).toBeTruthy();
    unmount();

    render(<CivitasForm spec={spec} locale="lv" />);
    await user.click(screen.getByRole("button", { name: "Turpināt" }));
    const summary = screen.getByRole("heading", { name: "Lūdzu, izlabojiet šos datus" })
      .parentElement as HTMLElement;
    expect(within(summary).getByRole("link", { name: "Vārds: Aizpildiet šo lauku." })).toBeTruthy();
    expect(screen.getByText("1. solis no 5")).toBeTruthy();
  });
});

describe("CivitasForm changing its language", () => {
  it("keeps what is being typed, the page and the problems shown, now in the new words", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<CivitasForm spec={spec} locale="cs" onChange={onChange} />);
    await user.click(screen.getByRole("button", { name: "Pokračovat" }));
    expect(screen.getByRole("link", { name: "Jméno: Vyplňte toto pole." })).toBeTruthy();
    // Typed, and the language changes before the field is left.
    await user.type(screen.getByLabelText(/^Příjmení/), "Nováková");
    rerender(<CivitasForm spec={spec} locale="en" onChange={onChange} />);
    expect((screen.getByLabelText(/^Family name/) as HTMLInputElement).value).toBe("Nováková");
    expect(screen.getByRole("link", { name: "Given name: Fill in this field." })).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Vyplňte toto pole/ })).toBeNull();
    expect(screen.getByText("Step 1 of 5")).toBeTruthy();
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ child: expect.objectContaining({ familyName: "Nováková" }) }),
    );
  });
});
