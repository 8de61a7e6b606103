import type { FormDocument } from "@civitas/definitions";
import { act, render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { BuilderProblem } from "../model/problems-by-field.ts";
import { LANGUAGES, sampleForm } from "../model/test-support.ts";
import { FormBuilder } from "./form-builder.tsx";

let current: FormDocument;

function Harness({ problems, readOnly }: { problems?: BuilderProblem[]; readOnly?: boolean }) {
  const [document, setDocument] = useState(sampleForm);
  current = document;
  return (
    <FormBuilder
      document={document}
      onChange={setDocument}
      languages={LANGUAGES}
      problems={problems}
      readOnly={readOnly}
    />
  );
}

const canvas = () => screen.getByRole("region", { name: "Form" });
const rowNames = (list: string) =>
  within(within(canvas()).getByRole("list", { name: list }))
    .getAllByRole("listitem")
    .map((item) => item.querySelector(".fb-row-select")?.textContent);
const properties = () => screen.getByRole("region", { name: "Properties" });

describe("FormBuilder", () => {
  it("shows each page with its fields in order and groups nested; selecting highlights the row", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(within(canvas()).getByRole("button", { name: "Page 1: Žadatel" })).toBeTruthy();
    expect(rowNames("Fields of page 1")).toEqual(["Žadatel", "Jméno", "E-mail", "Máte psa?"]);
    expect(rowNames("Fields of Psi")).toEqual(["Jméno psa", "Čipován?", "Číslo čipu"]);
    const row = within(canvas()).getByRole("button", { name: "Máte psa?" });
    await user.click(row);
    expect(row.getAttribute("aria-pressed")).toBe("true");
    expect(within(properties()).getByRole("heading", { name: "Máte psa?" })).toBeTruthy();
  });

  it("read only: shows fields and their properties, but offers no palette, dragging, moving or editing", async () => {
    const user = userEvent.setup();
    render(<Harness readOnly />);
    const shown = current;
    expect(screen.queryByRole("region", { name: "Add" })).toBeNull();
    expect(within(canvas()).queryAllByRole("button", { name: "Drag" })).toEqual([]);
    await user.click(within(canvas()).getByRole("button", { name: "Máte psa?" }));
    expect(within(properties()).getByRole("heading", { name: "Máte psa?" })).toBeTruthy();
    expect(within(canvas()).queryByRole("button", { name: "Move up" })).toBeNull();
    const label = within(properties()).getByLabelText("Label (cs)") as HTMLInputElement;
    expect(label.closest("fieldset:disabled")).toBeTruthy();
    await user.type(label, "x");
    expect(current).toBe(shown);
  });

  it("adds from the palette after the selected field, by click or Enter, at the end of the page otherwise", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const palette = screen.getByRole("region", { name: "Add" });
    await user.click(within(palette).getByRole("button", { name: "Date" }));
    expect(rowNames("Fields of page 1")).toEqual(["Žadatel", "Jméno", "E-mail", "Máte psa?", "Datum 1"]);
    expect(within(canvas()).getByRole("button", { name: "Datum 1" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await user.click(within(canvas()).getByRole("button", { name: "Jméno" }));
    within(palette).getByRole("button", { name: "E-mail" }).focus();
    await user.keyboard("{Enter}");
    expect(current.spec.schema).toMatchObject({
      properties: { applicant: { properties: { email1: { format: "email" } } } },
    });
    expect(rowNames("Fields of Žadatel")).toEqual(["Jméno", "E-mail 1", "E-mail"]);
  });

  it("reorders with the Move up and Move down buttons, across pages too, keeping focus", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(within(canvas()).getByRole("button", { name: "Máte psa?" }));
    await user.click(within(canvas()).getByRole("button", { name: "Move up" }));
    expect(current.spec.pages[0]?.fields).toEqual(["hasDog", "applicant"]);
    expect(document.activeElement?.textContent).toBe("Move up");
    await user.click(within(canvas()).getByRole("button", { name: "Move down" }));
    await user.click(within(canvas()).getByRole("button", { name: "Move down" }));
    expect(current.spec.pages.map((page) => page.fields)).toEqual([
      ["applicant"],
      ["hasDog", "dogs", "proof"],
    ]);
    expect(rowNames("Fields of page 2")[0]).toBe("Máte psa?");
  });

  it("edits labels per language, flags missing translations, and the canvas follows", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(within(canvas()).getByRole("button", { name: "E-mail" }));
    const panel = properties();
    const latvian = within(panel).getByLabelText("Label (lv)");
    const flag = () => document.getElementById(latvian.getAttribute("aria-describedby") ?? "")?.textContent;
    expect(flag()).toBe("missing in lv");
    expect(within(canvas()).getByText("missing in lv")).toBeTruthy();
    await user.type(latvian, "E-pasts");
    expect(current.spec.texts["applicant.email"]?.label?.lv).toBe("E-pasts");
    expect(flag()).toBeUndefined();
    expect(within(canvas()).queryByText("missing in lv")).toBeNull();
    const czech = within(panel).getByLabelText("Label (cs)");
    await user.clear(czech);
    await user.type(czech, "Elektronická pošta");
    expect(within(canvas()).getByRole("button", { name: "Elektronická pošta" })).toBeTruthy();
    await user.click(within(panel).getByLabelText("Required"));
    expect(current.spec.schema).toMatchObject({ properties: { applicant: { required: ["name", "email"] } } });
  });

  it("renames a key and every reference follows; an invalid key is explained and not written", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(within(canvas()).getByRole("button", { name: "Máte psa?" }));
    const key = within(properties()).getByLabelText("Key");
    await user.clear(key);
    await user.type(key, "has dog");
    expect(within(properties()).getByText(/starts with a letter/)).toBeTruthy();
    await user.clear(key);
    await user.type(key, "ownsDog{Enter}");
    expect(current.spec.pages[0]?.fields).toEqual(["applicant", "ownsDog"]);
    expect(current.spec.logic[0]?.when).toEqual({ field: "ownsDog", equals: "yes" });
    expect(within(properties()).getByText("(ownsDog)")).toBeTruthy();
  });

  it("edits choices and validation by kind", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(
      within(screen.getByRole("region", { name: "Add" })).getByRole("button", { name: "Single choice" }),
    );
    const panel = properties();
    await user.click(within(panel).getByRole("button", { name: "Add choice" }));
    await user.type(within(panel).getByLabelText("Choice 3 title (en)"), "Third");
    const path = "choice1";
    expect(current.spec.schema).toMatchObject({
      properties: { [path]: { enum: ["option1", "option2", "option3"] } },
    });
    expect(current.spec.texts[path]?.options?.option3).toEqual({ cs: "Option 3", en: "Third" });
    await user.click(within(panel).getByRole("button", { name: "Remove choice 1" }));
    expect(current.spec.schema).toMatchObject({ properties: { [path]: { enum: ["option2", "option3"] } } });
    await user.click(within(canvas()).getByRole("button", { name: "Jméno psa" }));
    await user.type(within(properties()).getByLabelText("Maximum length"), "40");
    expect(current.spec.schema).toMatchObject({
      properties: { dogs: { items: { properties: { name: { maxLength: 40 } } } } },
    });
  });

  it("writes logic from the editor: show this field only when conditions hold", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(within(canvas()).getByRole("button", { name: "E-mail" }));
    const show = within(properties()).getByRole("group", { name: "Show this field only when…" });
    await user.click(within(show).getByRole("button", { name: "Add condition" }));
    await user.selectOptions(within(show).getByLabelText("Condition 1: field"), "hasDog");
    await user.selectOptions(within(show).getByLabelText("Condition 1: value"), "yes");
    expect(current.spec.logic.at(-1)).toEqual({
      id: "show-applicant-email",
      when: { field: "hasDog", equals: "yes" },
      show: ["applicant.email"],
      require: [],
    });
    await user.click(within(show).getByRole("button", { name: "Add condition" }));
    await user.selectOptions(within(show).getByLabelText("Condition 2: field"), "applicant.name");
    await user.selectOptions(within(show).getByLabelText("Condition 2: operator"), "filled");
    await user.selectOptions(within(show).getByLabelText("Condition 2: value"), "true");
    await user.selectOptions(within(show).getByLabelText("Conditions that must hold"), "any");
    expect(current.spec.logic.at(-1)?.when).toEqual({
      any: [
        { field: "hasDog", equals: "yes" },
        { field: "applicant.name", filled: true },
      ],
    });
    expect(within(canvas()).getAllByText("conditional").length).toBeGreaterThan(1);
    await user.click(within(show).getByRole("button", { name: "Remove condition 2" }));
    await user.click(within(show).getByRole("button", { name: "Remove condition 1" }));
    expect(current.spec.logic.map((rule) => rule.id)).toEqual(["dogs-shown", "chip"]);
  });

  it("shows problems at the fields they point at, and the rest in a list", async () => {
    const user = userEvent.setup();
    const problems: BuilderProblem[] = [
      {
        severity: "error",
        code: "x",
        message: "Bad e-mail label",
        pointer: "/spec/texts/applicant.email/label/cs",
      },
      {
        severity: "warning",
        code: "y",
        message: "Check the case number",
        pointer: "/spec/submission/caseNumber",
      },
    ];
    render(<Harness problems={problems} />);
    const row = within(canvas()).getByRole("button", { name: "E-mail" }).closest("li") as HTMLElement;
    expect(within(row).getByText("1 error")).toBeTruthy();
    expect(within(properties()).getByText(/Check the case number/)).toBeTruthy();
    await user.click(within(canvas()).getByRole("button", { name: "E-mail" }));
    expect(within(properties()).getByText(/Bad e-mail label/)).toBeTruthy();
  });

  it("previews through the runtime in each language and in a phone-wide frame", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const preview = screen.getByRole("region", { name: "Preview" });
    expect(within(preview).getByRole("heading", { level: 1, name: "Poplatek ze psů" })).toBeTruthy();
    await user.selectOptions(within(preview).getByLabelText("Preview language"), "en");
    expect(within(preview).getByRole("heading", { level: 1, name: "Dog fee" })).toBeTruthy();
    const phone = within(preview).getByRole("button", { name: "Phone" });
    await user.click(phone);
    expect(phone.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByTestId("fb-preview-frame").className).toContain("fb-preview-phone");
    await user.click(within(canvas()).getByRole("button", { name: "Žadatel" }));
    await act(async () => {
      await user.type(within(properties()).getByLabelText("Label (en)"), "!");
    });
    expect(await within(preview).findByText("Applicant!")).toBeTruthy();
  });

  it("adds a page and an information text on it", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const palette = screen.getByRole("region", { name: "Add" });
    await user.click(within(palette).getByRole("button", { name: "Page" }));
    expect(current.spec.pages.map((page) => page.id)).toEqual(["applicant", "page-3", "dogs"]);
    await user.click(within(palette).getByRole("button", { name: "Info text" }));
    expect(current.spec.pages[1]?.description).toEqual({ cs: "Informace pro žadatele." });
    expect(within(properties()).getByLabelText("Page description (cs)")).toBeTruthy();
  });
});
