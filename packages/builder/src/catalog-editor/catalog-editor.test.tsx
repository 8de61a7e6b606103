import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { Content, DefinitionProblem } from "../documents/registry-api.ts";
import { CatalogEditor } from "./catalog-editor.tsx";

const CHANNEL: Content = {
  apiVersion: "civitas/v1",
  kind: "Channel",
  metadata: { id: "town-hall", organisation: "dubova" },
  spec: { type: "phone", name: { cs: "Linka radnice" }, phone: "+420 383 100 111" },
};

function Harness({
  problems,
  onDocument,
}: {
  problems?: DefinitionProblem[];
  onDocument?(next: Content): void;
}) {
  const [document, setDocument] = useState(CHANNEL);
  return (
    <CatalogEditor
      kind="Channel"
      document={document}
      onChange={(next) => {
        setDocument(next);
        onDocument?.(next);
      }}
      languages={["cs", "en", "lv"]}
      problems={problems}
    />
  );
}

describe("catalog editor", () => {
  it("gives a localized text one input per organisation language and flags the missing ones", () => {
    render(<Harness />);
    const name = screen.getByRole("group", { name: /^Name/ });
    expect((within(name).getByLabelText("Czech (cs)") as HTMLInputElement).value).toBe("Linka radnice");
    expect(within(name).getByLabelText("English (en)")).toBeTruthy();
    expect(within(name).getByText("Missing in en")).toBeTruthy();
    expect(within(name).getByText("Missing in lv")).toBeTruthy();
  });

  it("writes a translation into the document and stops flagging it", async () => {
    const seen: Content[] = [];
    render(<Harness onDocument={(next) => seen.push(next)} />);
    const name = screen.getByRole("group", { name: /^Name/ });
    await userEvent.type(within(name).getByLabelText("English (en)"), "Town hall line");
    expect((seen.at(-1) as { spec: { name: unknown } }).spec.name).toEqual({
      cs: "Linka radnice",
      en: "Town hall line",
    });
    expect(within(name).queryByText("Missing in en")).toBeNull();
    expect(within(name).getByText("Missing in lv")).toBeTruthy();
  });

  it("shows a loader problem at the field it points at", () => {
    const problem: DefinitionProblem = {
      severity: "error",
      code: "invalid-format",
      message: "must be a phone number such as +420 380 766 111",
      file: "Channel/town-hall.json",
      line: 0,
      column: 0,
      pointer: "/spec/phone",
    };
    render(<Harness problems={[problem]} />);
    const phone = screen.getByLabelText(/^Phone/);
    const field = phone.closest(".form-group") as HTMLElement;
    expect(within(field).getByText("must be a phone number such as +420 380 766 111")).toBeTruthy();
  });
});
