import { PLATFORM_LANGUAGES } from "@civitas/definitions/constants";
import type { RuntimeLocale } from "./runtime-messages.ts";

/** The runtime language for a locale such as `cs`, `lv-LV` or `en-GB`; English for any other. */
export function runtimeLocaleOf(locale: string): RuntimeLocale {
  const language = locale.toLowerCase().split("-")[0] as RuntimeLocale;
  return PLATFORM_LANGUAGES.includes(language) ? language : "en";
}
