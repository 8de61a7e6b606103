import { PLATFORM_LANGUAGES } from "@civitas/definitions/constants";
import { useLocale } from "../app/locale-context.tsx";

/** Each language named in itself, as people look for their own. */
const NAMES: Record<(typeof PLATFORM_LANGUAGES)[number], string> = {
  cs: "Čeština",
  en: "English",
  lv: "Latviešu",
};

/** Buttons for cs / en / lv; the current one is pressed. */
export function LanguageSwitch() {
  const { locale, messages, setLocale } = useLocale();
  return (
    <fieldset className="citizen-languages">
      <legend className="civitas-visually-hidden">{messages.language}</legend>
      {PLATFORM_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="citizen-language"
          aria-pressed={language === locale}
          onClick={() => setLocale(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </fieldset>
  );
}
