import type { FormDocument } from "@civitas/definitions";
import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { LANGUAGES, sampleForm } from "../model/test-support.ts";
import { FormBuilder } from "./form-builder.tsx";

const rendered: string[] = [];
// Every canvas row asks whether it is selected once per render: that call counts the row's renders.
vi.mock("./builder-store.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("./builder-store.ts")>();
  return {
    ...original,
    useIsSelected: (path: string) => {
      rendered.push(path);
      return original.useIsSelected(path);
    },
  };
});

function Harness() {
  const [document, setDocument] = useState<FormDocument>(sampleForm);
  return <FormBuilder document={document} onChange={setDocument} languages={LANGUAGES} />;
}

describe("the canvas", () => {
  it("re-renders only the edited row on a keystroke in the property panel", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const canvas = screen.getByRole("region", { name: "Form" });
    await user.click(within(canvas).getByRole("button", { name: "Číslo čipu" }));
    const input = within(screen.getByRole("region", { name: "Properties" })).getByLabelText("Label (cs)");
    rendered.length = 0;
    await user.type(input, "!");
    expect(within(canvas).getByRole("button", { name: "Číslo čipu!" })).toBeTruthy();
    // The row itself, and the groups holding it (their list of fields changed); no sibling.
    expect([...new Set(rendered)].sort()).toEqual(["dogs", "dogs[].chipNumber"]);
  });
});
