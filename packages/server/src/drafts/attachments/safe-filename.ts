const MAX_LENGTH = 120;

/**
 * A file name that is safe to store and to offer for download: no folders, no control or reserved
 * characters, not hidden, at most 120 characters, and ending in the extension of the type its bytes
 * really are (`report.html` that is a PDF becomes `report.html.pdf`).
 */
export function safeFilename(claimed: string | undefined, extension: string): string {
  const base = (claimed ?? "").normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  const name = cleaned || "attachment";
  const suffix = `.${extension}`;
  const hasExtension = name.toLowerCase().endsWith(suffix) || (extension === "jpg" && /\.jpe?g$/i.test(name));
  const stem = hasExtension ? name.slice(0, name.lastIndexOf(".")) : name;
  const kept = hasExtension ? name.slice(name.lastIndexOf(".")) : suffix;
  return `${[...stem].slice(0, MAX_LENGTH - kept.length).join("")}${kept}`;
}
