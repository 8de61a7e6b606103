/** A `return` address that stays on this site (a path such as `/dubova/forms/x`), else `fallback`. */
export function safeReturn(value: string | null, fallback: string): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
