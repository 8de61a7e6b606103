import { ApiError } from "@civitas/runtime";
import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { DocumentDetail, WorkingCopyState } from "./registry-api.ts";
import { WorkflowActions } from "./workflow-actions.tsx";

function detail(state: WorkingCopyState | null, archived = false): DocumentDetail {
  return {
    kind: "Service",
    id: "parking",
    archivedAt: archived ? "2026-02-01T00:00:00.000Z" : null,
    latest: {
      version: 2,
      publishedAt: "2026-01-01T00:00:00.000Z",
      publishedBy: "p",
      contentHash: "h",
      content: {},
    },
    workingCopy: state
      ? {
          state,
          content: {},
          baseVersion: 2,
          publishAt: null,
          scheduledBy: null,
          comment: null,
          updatedBy: "staff:anna@dubova.example",
          updatedAt: "2026-01-05T00:00:00.000Z",
        }
      : null,
  };
}

const buttons = () => screen.queryAllByRole("button").map((button) => button.textContent);

function show(state: WorkingCopyState | null, roles: string[], archived = false) {
  const onStep = vi.fn(async () => undefined);
  const view = render(
    <WorkflowActions detail={detail(state, archived)} roles={roles} dirty={false} onStep={onStep} />,
  );
  return { onStep, view };
}

describe("workflow actions", () => {
  it("lets an author send a draft for review, and nothing else", async () => {
    const { onStep } = show("draft", ["author"]);
    expect(buttons()).toEqual(["Send for review"]);
    await userEvent.click(screen.getByRole("button", { name: "Send for review" }));
    expect(onStep).toHaveBeenCalledWith("submit", undefined);
    expect(await screen.findByText("Sent for review.")).toBeTruthy();
  });

  it("shows a reviewer approve and request changes, which needs a comment", async () => {
    const { onStep } = show("in-review", ["reviewer"]);
    expect(buttons()).toEqual(["Approve", "Request changes"]);
    await userEvent.click(screen.getByRole("button", { name: "Request changes" }));
    await userEvent.type(screen.getByLabelText("What should the author change?"), "Add the fee for 6 months");
    await userEvent.click(screen.getByRole("button", { name: "Send back to the author" }));
    expect(onStep).toHaveBeenCalledWith("request-changes", { comment: "Add the fee for 6 months" });
  });

  it("shows an author nothing to do on a copy in review", () => {
    show("in-review", ["author"]);
    expect(buttons()).toEqual([]);
  });

  it("lets a publisher publish now or later, and archive", () => {
    show("approved", ["publisher"]);
    expect(buttons()).toEqual(["Publish now", "Publish later…", "Archive"]);
  });

  it("lets an admin restore an archived document", () => {
    show(null, ["admin"], true);
    expect(buttons()).toEqual(["Restore"]);
  });

  it("shows the server's refusal of a four-eyes violation", async () => {
    const message =
      "You edited the working copy of Service `parking` last, so another reviewer must approve it (four-eyes rule)";
    const onStep = vi.fn(async () => {
      throw new ApiError(403, "forbidden", message);
    });
    render(<WorkflowActions detail={detail("in-review")} roles={["admin"]} dirty={false} onStep={onStep} />);
    await userEvent.click(screen.getByRole("button", { name: "Approve" }));
    expect((await screen.findByRole("alert")).textContent).toBe(message);
  });
});
