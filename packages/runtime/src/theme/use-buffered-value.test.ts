import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useBufferedValue } from "./use-buffered-value.ts";

function setUp() {
  const onChange = vi.fn();
  const hook = renderHook(({ value }) => useBufferedValue(value, onChange), { initialProps: { value: "" } });
  return { onChange, ...hook };
}

describe("a text control's buffered value", () => {
  it("keeps what was typed when the form echoes an earlier keystroke late", async () => {
    const { onChange, result, rerender } = setUp();
    act(() => result.current.change("a"));
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith("a"));
    act(() => result.current.change("ab"));
    rerender({ value: "a" });
    expect(result.current.text).toBe("ab");
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith("ab"));
    rerender({ value: "ab" });
    expect(result.current.text).toBe("ab");
  });

  it("hands keystrokes typed within one frame over together, and at once on flush", async () => {
    const { onChange, result } = setUp();
    act(() => {
      result.current.change("x");
      result.current.change("xy");
    });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith("xy"));
    expect(onChange).toHaveBeenCalledTimes(1);
    act(() => result.current.change("xyz"));
    act(() => result.current.flush());
    expect(onChange).toHaveBeenLastCalledWith("xyz");
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("shows a value the form changed from outside", async () => {
    const { onChange, result, rerender } = setUp();
    act(() => result.current.change("draft"));
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith("draft"));
    rerender({ value: "draft" });
    rerender({ value: "" });
    expect(result.current.text).toBe("");
  });
});
