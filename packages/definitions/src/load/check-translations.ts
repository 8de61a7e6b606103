import type { z } from "zod";
import { LocalizedText } from "../model/common.ts";
import type { CheckContext } from "./check-context.ts";
import { walkWithSchema } from "./schema-walk.ts";

/**
 * Every text for people must exist in the organisation's default (first) language; a missing
 * translation into another of its languages is a warning, so editors can list what to translate.
 */
export function checkTranslations(
  schema: z.ZodType,
  document: unknown,
  languages: readonly string[],
  ctx: CheckContext,
): void {
  const [defaultLanguage, ...others] = languages;
  walkWithSchema(schema, document, (nodeSchema, value, path) => {
    if (nodeSchema !== LocalizedText || typeof value !== "object" || value === null) return;
    const texts = value as Record<string, string>;
    if (defaultLanguage && !texts[defaultLanguage]) {
      ctx.report({
        code: "missing-translation",
        message: `this text has no \`${defaultLanguage}\` version, the organisation's default language`,
        path,
      });
    }
    const missing = others.filter((language) => !texts[language]);
    if (missing.length > 0) {
      ctx.report({
        severity: "warning",
        code: "missing-translation",
        message: `this text is not yet translated to ${missing.map((language) => `\`${language}\``).join(", ")}`,
        path,
      });
    }
  });
}
