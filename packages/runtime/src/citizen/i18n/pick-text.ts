/** A text for people in every language it was written in, as definitions carry them. */
export type Texts = Readonly<Record<string, string>>;

/** A text picked for a language, and the language it is really in (for `lang` on fallbacks). */
export interface PickedText {
  text: string;
  lang: string;
}

/**
 * The text in `locale`, else in English, else in the first language it has: the citizen gets
 * something to read, marked with its real language so screen readers pronounce it right.
 */
export function pickText(texts: Texts | undefined, locale: string): PickedText {
  if (!texts) return { text: "", lang: locale };
  for (const lang of [locale, "en"]) {
    const text = texts[lang];
    if (text) return { text, lang };
  }
  const [lang, text] = Object.entries(texts)[0] ?? [locale, ""];
  return { text, lang };
}
