import { fireEvent, render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { Content, DefinitionProblem } from "../documents/registry-api.ts";
import { SourceEditor } from "./source-editor.tsx";

const START: Content = {
  apiVersion: "civitas/v1",
  kind: "Channel",
  metadata: { id: "post" },
  spec: { type: "post" },
};

/** The source editor next to a stand-in for the visual editor, both on one document. */
function Harness({ problems = [], active }: { problems?: DefinitionProblem[]; active?: boolean }) {
  const [content, setContent] = useState(START);
  const spec = content.spec as { type: string };
  return (
    <>
      <label>
        Visual type
        <input
          value={spec.type}
          onChange={(event) => setContent({ ...content, spec: { type: event.target.value } })}
        />
      </label>
      <SourceEditor content={content} onChange={setContent} problems={problems} active={active} />
    </>
  );
}

const source = () => screen.getByRole("textbox", { name: /^Source/ }) as HTMLTextAreaElement;

describe("source editor", () => {
  it("shows the document as YAML and follows edits made in the visual editor", async () => {
    render(<Harness />);
    expect(source().value).toContain("type: post");
    await userEvent.clear(screen.getByLabelText("Visual type"));
    await userEvent.type(screen.getByLabelText("Visual type"), "phone");
    expect(source().value).toContain("type: phone");
  });

  it("while hidden leaves its text alone, and shows the latest document once shown again", async () => {
    const { rerender } = render(<Harness active={false} />);
    expect(source().value).toBe("");
    await userEvent.clear(screen.getByLabelText("Visual type"));
    await userEvent.type(screen.getByLabelText("Visual type"), "phone");
    expect(source().value).toBe("");
    rerender(<Harness active />);
    expect(source().value).toContain("type: phone");
  });

  it("sends a valid edit of the text to the document, so the visual editor follows", () => {
    render(<Harness />);
    fireEvent.change(source(), { target: { value: source().value.replace("type: post", "type: email") } });
    expect((screen.getByLabelText("Visual type") as HTMLInputElement).value).toBe("email");
  });

  it("keeps a broken text, says where the syntax error is, and leaves the document as it was", async () => {
    render(<Harness />);
    fireEvent.change(source(), { target: { value: "kind: Channel\nspec: [unclosed\n" } });
    expect(source().value).toBe("kind: Channel\nspec: [unclosed\n");
    expect(
      screen.getByRole("button", { name: /Error at line \d+, column \d+: Not valid YAML/ }),
    ).toBeTruthy();
    expect((screen.getByLabelText("Visual type") as HTMLInputElement).value).toBe("post");
  });

  it("switches to JSON and back", async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole("radio", { name: "JSON" }));
    expect(JSON.parse(source().value)).toEqual(START);
    expect(source().getAttribute("aria-label")).toBe("Source (JSON)");
  });

  it("lists the loader's problems at their line and column and moves the caret there on a click", async () => {
    const problem: DefinitionProblem = {
      severity: "error",
      code: "invalid-enum",
      message: "spec.type must be one of …",
      file: "Channel/post.json",
      line: 0,
      column: 0,
      pointer: "/spec/type",
    };
    render(<Harness problems={[problem]} />);
    const link = screen.getByRole("button", {
      name: "Error at line 6, column 3: spec.type must be one of …",
    });
    await userEvent.click(link);
    const text = source();
    expect(document.activeElement).toBe(text);
    const before = text.value.slice(0, text.selectionStart);
    expect(before.split("\n").length).toBe(6);
    expect(text.value.slice(text.selectionStart).startsWith("type: post")).toBe(true);
  });
});
