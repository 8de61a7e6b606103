import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition.ts";
import { safeFilename } from "./safe-filename.ts";

describe("safe file names", () => {
  it.each([
    ["Žádost o dotaci.pdf", "pdf", "Žádost o dotaci.pdf"],
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["C:\\Users\\jana\\scan.PDF", "pdf", "scan.PDF"],
    ["invoice.pdf.exe", "pdf", "invoice.pdf.exe.pdf"],
    ["photo.jpeg", "jpg", "photo.jpeg"],
    [".htaccess", "png", "htaccess.png"],
    ["a\u0000b\u202Egnp.exe", "png", "abgnp.exe.png"],
    ['<script>"x".pdf', "pdf", "scriptx.pdf"],
    ["   ", "png", "attachment.png"],
    [undefined, "pdf", "attachment.pdf"],
  ])("%j as %s → %j", (claimed, extension, expected) => {
    expect(safeFilename(claimed, extension)).toBe(expected);
  });

  it("stays within 120 characters and keeps its extension", () => {
    const name = safeFilename(`${"ř".repeat(300)}.pdf`, "pdf");
    expect([...name]).toHaveLength(120);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("Content-Disposition", () => {
  it("offers the file as a download with an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition('Žádost "nová"; 100%.pdf')).toBe(
      "attachment; filename=\"Zadost _nova__ 100_.pdf\"; filename*=UTF-8''%C5%BD%C3%A1dost%20%22nov%C3%A1%22%3B%20100%25.pdf",
    );
  });
});
