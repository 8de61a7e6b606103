import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { COALESCE_MS, useHistory } from "./use-history.ts";

function setup() {
  let clock = 1_000;
  const now = () => clock;
  const view = renderHook(() => useHistory({ name: "" }, now));
  const tick = (ms: number) => {
    clock += ms;
  };
  return { view, tick };
}

describe("useHistory", () => {
  it("undoes and redoes edits in order", () => {
    const { view, tick } = setup();
    act(() => view.result.current.set({ name: "a" }, "name"));
    tick(COALESCE_MS * 2);
    act(() => view.result.current.set({ name: "b" }, "other"));
    act(() => view.result.current.undo());
    expect(view.result.current.value).toEqual({ name: "a" });
    act(() => view.result.current.undo());
    expect(view.result.current.value).toEqual({ name: "" });
    expect(view.result.current.canUndo).toBe(false);
    act(() => view.result.current.redo());
    act(() => view.result.current.redo());
    expect(view.result.current.value).toEqual({ name: "b" });
    expect(view.result.current.canRedo).toBe(false);
  });

  it("joins quick edits of one field into one step", () => {
    const { view, tick } = setup();
    for (const name of ["P", "Pa", "Par", "Park"]) {
      act(() => view.result.current.set({ name }, "spec.name.en"));
      tick(200);
    }
    act(() => view.result.current.undo());
    expect(view.result.current.value).toEqual({ name: "" });
  });

  it("keeps edits of different fields, or after a pause, as separate steps", () => {
    const { view, tick } = setup();
    act(() => view.result.current.set({ name: "a" }, "one"));
    act(() => view.result.current.set({ name: "ab" }, "two"));
    tick(COALESCE_MS + 1);
    act(() => view.result.current.set({ name: "abc" }, "two"));
    act(() => view.result.current.undo());
    expect(view.result.current.value).toEqual({ name: "ab" });
    act(() => view.result.current.undo());
    expect(view.result.current.value).toEqual({ name: "a" });
  });

  it("drops the redo steps when a new edit is made after undo", () => {
    const { view } = setup();
    act(() => view.result.current.set({ name: "a" }));
    act(() => view.result.current.undo());
    act(() => view.result.current.set({ name: "z" }));
    expect(view.result.current.canRedo).toBe(false);
    expect(view.result.current.value).toEqual({ name: "z" });
  });

  it("starts over on reset", () => {
    const { view } = setup();
    act(() => view.result.current.set({ name: "a" }));
    act(() => view.result.current.reset({ name: "loaded" }));
    expect(view.result.current.canUndo).toBe(false);
    expect(view.result.current.value).toEqual({ name: "loaded" });
  });
});
