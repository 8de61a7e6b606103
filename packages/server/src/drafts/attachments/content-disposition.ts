/**
 * `Content-Disposition: attachment` with the file name: an ASCII fallback for old clients and the
 * exact name, percent-encoded, as RFC 6266 / 8187 `filename*`.
 */
export function contentDisposition(filename: string): string {
  const fallback = filename
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
