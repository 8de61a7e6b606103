import type { Localizer } from "@rjsf/validator-ajv8";
import localizeCsModule from "ajv-i18n/localize/cs/index.js";
import localizeEnModule from "ajv-i18n/localize/en/index.js";
import { runtimeLocaleOf } from "./runtime-locale.ts";
import type { RuntimeLocale } from "./runtime-messages.ts";
import { VALIDATION_MESSAGES, type ValidationProblem } from "./validation-messages.ts";

// ajv-i18n is CommonJS; depending on the loader its function arrives as the default or under it.
const unwrap = (module: unknown): Localizer =>
  (module as { default?: Localizer }).default ?? (module as Localizer);

/** ajv-i18n's messages, for keywords our own table does not word (it has no Latvian). */
const AJV_I18N: Partial<Record<RuntimeLocale, Localizer>> = {
  cs: unwrap(localizeCsModule),
  en: unwrap(localizeEnModule),
};

/**
 * The validator's localizer for a language: our messages for the keywords forms use (written for
 * the person filling the form), ajv-i18n's for the rest; never an English message in Czech or Latvian.
 *
 * @example
 * ```ts
 * const validator = customizeValidator({}, localizeValidationErrors("cs"));
 * ```
 */
export function localizeValidationErrors(locale: string): Localizer {
  const language = runtimeLocaleOf(locale);
  const write = VALIDATION_MESSAGES[language];
  const fallback = AJV_I18N[language];
  return (errors) => {
    if (!errors?.length) return;
    fallback?.(errors);
    for (const error of errors) {
      const message = write(error as unknown as ValidationProblem);
      if (message) error.message = message;
    }
  };
}
