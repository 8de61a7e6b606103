import { PLATFORM_LANGUAGES } from "@civitas/definitions/constants";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { RuntimeLocale } from "../../i18n/runtime-messages.ts";
import { type CitizenMessages, getCitizenMessages } from "../i18n/citizen-messages.ts";

const STORAGE_KEY = "civitas-lang";

interface LocaleValue {
  locale: RuntimeLocale;
  messages: CitizenMessages;
  setLocale: (locale: RuntimeLocale) => void;
}

const LocaleContext = createContext<LocaleValue | null>(null);

const isPlatformLanguage = (value: unknown): value is RuntimeLocale =>
  typeof value === "string" && (PLATFORM_LANGUAGES as readonly string[]).includes(value);

/** The language chosen on this device before, else the one the server picked for the page (`<html lang>`). */
function initialLocale(): RuntimeLocale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isPlatformLanguage(stored)) return stored;
  } catch {
    // Storage may be disabled; the page language still applies.
  }
  const page = globalThis.document?.documentElement.lang.slice(0, 2);
  return isPlatformLanguage(page) ? page : "en";
}

/**
 * The language of the citizen pages. A choice is remembered on the device (and in the `lang` cookie, so
 * the server writes the next page shell in it) and set as `<html lang>`.
 */
export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: RuntimeLocale }) {
  const [locale, setState] = useState<RuntimeLocale>(() => initial ?? initialLocale());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: RuntimeLocale) => {
    setState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered; the choice holds for this visit.
    }
    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie the page shell reads
    document.cookie = `lang=${next}; path=/; max-age=31536000; samesite=lax`;
  }, []);
  const value = useMemo(
    () => ({ locale, messages: getCitizenMessages(locale), setLocale }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current language, its texts, and the way to change it. */
export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale needs a LocaleProvider");
  return value;
}
