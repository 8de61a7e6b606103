import { useLocale } from "../app/locale-context.tsx";
import { pickText, type Texts } from "./pick-text.ts";

/** A longer text of a definition as paragraphs (split at blank lines), marked with its language. */
export function Paragraphs({ value, className }: { value: Texts | undefined; className?: string }) {
  const { locale } = useLocale();
  const { text, lang } = pickText(value, locale);
  return (
    <div className={className} lang={lang === locale ? undefined : lang}>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
    </div>
  );
}
