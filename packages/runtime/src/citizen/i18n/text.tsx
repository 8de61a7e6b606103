import { useLocale } from "../app/locale-context.tsx";
import { pickText, type Texts } from "./pick-text.ts";

/**
 * A definition's text in the page's language; a text shown in another language (no translation)
 * is marked with its own `lang`.
 */
export function Text({ value }: { value: Texts | undefined }) {
  const { locale } = useLocale();
  const { text, lang } = pickText(value, locale);
  return lang === locale ? text : <span lang={lang}>{text}</span>;
}
