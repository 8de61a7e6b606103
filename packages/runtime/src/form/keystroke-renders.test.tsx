import type { CompiledForm } from "@civitas/definitions/form";
import type { FieldTemplateProps } from "@rjsf/utils";
import { act, render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { civitasTheme } from "../theme/civitas-theme.ts";
import { CivitasForm } from "./civitas-form.tsx";

const FIELDS = 100;

/** One page of 100 text fields, one of them shown only while another is filled (logic compiled in). */
function hundredFields(): CompiledForm {
  const names = Array.from({ length: FIELDS }, (_, i) => `f${i}`);
  return {
    locale: "en",
    title: "A hundred fields",
    schema: {
      type: "object",
      properties: Object.fromEntries(names.map((name) => [name, { type: "string", maxLength: 20 }])),
      allOf: [
        {
          if: { properties: { f0: { const: "show" } }, required: ["f0"] },
          then: { properties: { extra: { type: "string" } } },
        },
      ],
    },
    uiSchema: Object.fromEntries(names.map((name, i) => [name, { "ui:title": `Field ${i}` }])),
    pages: [{ id: "all", title: "All of them", fields: [...names, "extra"] }],
    missingTranslations: [],
  };
}

/** The theme's field template, counting how often each field is rendered. */
const renders = new Map<string, number>();
const Counted = civitasTheme.templates.FieldTemplate as (props: FieldTemplateProps) => ReactNode;
function FieldTemplate(props: FieldTemplateProps) {
  renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
  return Counted(props);
}

describe("typing in a large form", () => {
  it("re-renders the field typed in, and no other field", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<CivitasForm form={hundredFields()} templates={{ FieldTemplate }} onChange={onChange} />);
    const before = new Map(renders);
    expect(before.size).toBe(FIELDS + 1); // the fields and the root

    const field = screen.getByLabelText("Field 42");
    await user.type(field, "hello");
    await user.tab();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));

    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ f42: "hello" }));
    const rerendered = [...renders].filter(([id, count]) => count !== before.get(id)).map(([id]) => id);
    // The form itself took the change (its root re-rendered), and passed it to that one field only.
    expect(rerendered.sort()).toEqual(["root", "root_f42"]);
  });
});
