import { act, render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { loadDemoForm } from "../../test/demo-form.ts";
import { CivitasForm } from "../form/civitas-form.tsx";
import type { UploadedFile, UploadFile } from "./civitas-form-context.ts";

const spec = loadDemoForm("kindergarten-enrolment");
const pdf = (name: string, size = 2048) => {
  const file = new File(["%PDF-1.7"], name, { type: "application/pdf" });
  Object.defineProperty(file, "size", { value: size });
  return file;
};

function renderDeclarations(uploadFile: UploadFile, removeFile = vi.fn()) {
  const onChange = vi.fn();
  render(
    <CivitasForm
      spec={spec}
      locale="en"
      initialPage="declarations"
      onChange={onChange}
      uploadFile={uploadFile}
      removeFile={removeFile}
    />,
  );
  return {
    onChange,
    removeFile,
    input: screen.getByLabelText(/^Paediatrician's confirmation of vaccination/),
  };
}

describe("the file widget", () => {
  it("uploads a chosen file with progress, keeps the server's id as the answer, and removes it again", async () => {
    const user = userEvent.setup();
    let progress: (fraction: number) => void = () => {};
    let finish: (file: UploadedFile) => void = () => {};
    const uploadFile = vi.fn<UploadFile>((_file, options) => {
      progress = options.onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    const { onChange, removeFile, input } = renderDeclarations(uploadFile);
    expect(screen.getByText("Allowed types: PDF, JPEG, PNG; up to 5 MB.").id).toBe(`${input.id}__limits`);
    expect(input.getAttribute("aria-describedby")).toContain(`${input.id}__limits`);

    await user.upload(input, pdf("ockovani.pdf"));
    expect(uploadFile).toHaveBeenCalledWith(
      expect.any(File),
      expect.objectContaining({ fieldPath: "declarations.vaccinationConfirmation" }),
    );
    act(() => progress(0.4));
    expect(screen.getByRole("progressbar", { name: "Uploading… 40 %" })).toBeTruthy();

    await act(async () => finish({ id: "att-0000001", filename: "ockovani.pdf", size: 2048 }));
    expect(
      screen.getAllByRole("status").some((status) => status.textContent === "ockovani.pdf is attached."),
    ).toBe(true);
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({
          declarations: expect.objectContaining({ vaccinationConfirmation: "att-0000001" }),
        }),
      ),
    );

    await user.click(screen.getByRole("button", { name: "Remove file ockovani.pdf" }));
    expect(removeFile).toHaveBeenCalledWith("att-0000001");
    expect(document.activeElement).toBe(input);
    await waitFor(() =>
      expect(onChange.mock.lastCall?.[0].declarations.vaccinationConfirmation).toBeUndefined(),
    );
  });

  it("refuses a file over the field's limit before sending it, and says why", async () => {
    const user = userEvent.setup();
    const uploadFile = vi.fn<UploadFile>();
    const { input } = renderDeclarations(uploadFile);
    await user.upload(input, pdf("scan.pdf", 6 * 1024 * 1024));
    expect(uploadFile).not.toHaveBeenCalled();
    expect(screen.getByText("The file is larger than the 5 MB allowed.")).toBeTruthy();
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("says in words when the upload fails", async () => {
    const user = userEvent.setup();
    const { input } = renderDeclarations(() =>
      Promise.reject(new Error("the file is of a kind that could not be recognised")),
    );
    await user.upload(input, pdf("scan.pdf"));
    expect(
      await screen.findByText(
        "The file could not be uploaded: the file is of a kind that could not be recognised",
      ),
    ).toBeTruthy();
  });
});
