/** Picks a text for people in the wanted language, else English, else the first language it has. */
export function localize(text: Record<string, string> | null | undefined, lang: string | undefined): string {
  if (!text) return "";
  return (lang ? text[lang] : undefined) ?? text.en ?? Object.values(text)[0] ?? "";
}
