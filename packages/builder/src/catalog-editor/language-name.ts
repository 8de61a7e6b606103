const names = (() => {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" });
  } catch {
    return null;
  }
})();

/** "Czech (cs)" for a language code. */
export function languageName(code: string): string {
  const name = names?.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}
