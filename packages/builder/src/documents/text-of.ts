/** The text of a LocalizedText in the first language that has one (English, then any). */
export function textOf(value: unknown, languages: readonly string[] = ["en"]): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const texts = value as Record<string, unknown>;
  for (const language of [...languages, ...Object.keys(texts)]) {
    const text = texts[language];
    if (typeof text === "string" && text.trim()) return text;
  }
  return undefined;
}

/** The name a person knows a document by: `spec.name` of its content. */
export function documentName(content: unknown, languages?: readonly string[]): string | undefined {
  const spec = (content as { spec?: { name?: unknown } } | undefined)?.spec;
  return textOf(spec?.name, languages);
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}
