import { z } from "zod";
import { ORGANISATION_TYPES } from "../constants.ts";
import { Address, LanguageCode, LocalizedText, Url } from "./common.ts";
import { ContactPoint } from "./contact-point.ts";

export const OrganisationSpec = z
  .strictObject({
    name: LocalizedText,
    type: z.enum(ORGANISATION_TYPES),
    languages: z.array(LanguageCode).min(1).meta({
      description: "Languages this organisation publishes in; the first is the default and is required.",
    }),
    identifiers: z
      .array(
        z.strictObject({
          scheme: z.string().min(1).meta({ description: "e.g. `CZ-ICO`, `LV-REG`" }),
          value: z.string().min(1),
        }),
      )
      .default([]),
    address: Address,
    area: z
      .strictObject({ name: LocalizedText, code: z.string().optional() })
      .optional()
      .meta({ description: "The area the organisation serves (e.g. the municipality and its LAU code)." }),
    website: Url.optional(),
    contactPoints: z.array(ContactPoint).default([]),
  })
  .meta({
    id: "OrganisationSpec",
    description: "A municipality or agency: the tenant that owns its definitions.",
  });
export type OrganisationSpec = z.infer<typeof OrganisationSpec>;
