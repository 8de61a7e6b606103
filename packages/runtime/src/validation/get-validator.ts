import { ATTACHMENT_FORMAT } from "@civitas/definitions/constants";
import type { ValidatorType } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { localizeValidationErrors } from "../i18n/localize-validation-errors.ts";
import { runtimeLocaleOf } from "../i18n/runtime-locale.ts";
import type { RuntimeLocale } from "../i18n/runtime-messages.ts";

const validators = new Map<RuntimeLocale, ValidatorType>();

/**
 * The RJSF validator for a language, one per language for the page's life: ajv compiles each schema
 * once and keeps it (by the schema object), so a form's stable compiled schema is compiled once.
 * A file field's value is an attachment id the server issued and checks on submission; here any
 * non-empty id will do.
 */
export function getValidator(locale: string): ValidatorType {
  const language = runtimeLocaleOf(locale);
  let validator = validators.get(language);
  if (!validator) {
    validator = customizeValidator(
      { customFormats: { [ATTACHMENT_FORMAT]: (value: string) => value.length > 0 } },
      localizeValidationErrors(language),
    );
    validators.set(language, validator);
  }
  return validator;
}
