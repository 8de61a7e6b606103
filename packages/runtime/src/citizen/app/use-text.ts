import { pickText, type Texts } from "../i18n/pick-text.ts";
import { useLocale } from "./locale-context.tsx";

/** A function giving a definition's text in the page's language, as a plain string (titles, labels). */
export function useText(): (texts: Texts | undefined) => string {
  const { locale } = useLocale();
  return (texts) => pickText(texts, locale).text;
}
