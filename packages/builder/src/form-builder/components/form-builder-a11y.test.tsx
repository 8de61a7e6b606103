import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { FormDocument } from "@civitas/definitions";
import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { LANGUAGES, sampleForm } from "../model/test-support.ts";
import { FormBuilder } from "./form-builder.tsx";

// axe-core is a test dependency of the runtime; the builder borrows it rather than pinning a second copy.
const require = createRequire(resolve(import.meta.dirname, "../../../../runtime/package.json"));
const axe = require("axe-core") as {
  run: (
    context: Element,
    options: object,
  ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
};

function Harness() {
  const [document, setDocument] = useState<FormDocument>(sampleForm);
  return <FormBuilder document={document} onChange={setDocument} languages={LANGUAGES} />;
}

async function violations() {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

describe("FormBuilder accessibility", () => {
  it("has no axe violations with nothing, a field and a page selected, logic open", async () => {
    const user = userEvent.setup();
    render(
      <main>
        <h1>Form builder</h1>
        <Harness />
      </main>,
    );
    expect(await violations()).toEqual([]);
    const canvas = screen.getByRole("region", { name: "Form" });
    await user.click(within(canvas).getByRole("button", { name: "Máte psa?" }));
    const show = screen.getByRole("group", { name: "Show this field only when…" });
    await user.click(within(show).getByRole("button", { name: "Add condition" }));
    expect(await violations()).toEqual([]);
    await user.click(within(canvas).getByRole("button", { name: "Page 2: Psi" }));
    expect(await violations()).toEqual([]);
  }, 30_000);
});
