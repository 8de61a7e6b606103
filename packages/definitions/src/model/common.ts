import { z } from "zod";

/** An identifier people can read and type: lower-case letters, digits and dashes. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "must be an identifier of lower-case letters, digits and dashes, e.g. `parking-permit`",
  })
  .max(80)
  .meta({ description: "Identifier of lower-case letters, digits and dashes, e.g. `parking-permit`." });

export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2}$/, { error: "must be a two-letter language code such as `cs`, `en` or `lv`" });

/** A text meant for people, one entry per language: `{ cs: "…", en: "…" }`. */
export const LocalizedText = z
  .record(LanguageCode, z.string().trim().min(1, { error: "must not be empty" }))
  .refine((texts) => Object.keys(texts).length > 0, { error: "needs a text in at least one language" })
  .meta({
    id: "LocalizedText",
    description: "A text for people, one entry per language code, e.g. `{ cs: Parkování, en: Parking }`.",
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A list of short texts per language, e.g. search keywords. */
export const LocalizedList = z
  .record(LanguageCode, z.array(z.string().trim().min(1)))
  .meta({ id: "LocalizedList", description: "Short texts per language, e.g. search keywords." });

export const IsoDate = z.iso.date({ error: "must be a date written as YYYY-MM-DD" });
export const Email = z.email({ error: "must be an e-mail address" });
export const Url = z.url({ protocol: /^https?$/, error: "must be a web address starting with https://" });
export const Phone = z
  .string()
  .regex(/^\+?[0-9 ()-]{6,20}$/, { error: "must be a phone number such as +420 380 766 111" });

export const Address = z
  .strictObject({
    street: z.string().min(1).meta({ description: "Street and number, e.g. `Náměstí Svornosti 1`." }),
    postalCode: z.string().min(3).max(12),
    city: z.string().min(1),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: "must be a two-letter country code such as CZ or LV" })
      .default("CZ"),
    adminUnitCode: z.string().optional().meta({ description: "Code of the municipality (e.g. LAU)." }),
  })
  .meta({ id: "Address" });

export const GeoPoint = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const Money = z.strictObject({
  amount: z.number().min(0, { error: "must not be negative" }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: "must be a three-letter currency code such as CZK or EUR" }),
});

export const Duration = z
  .strictObject({
    days: z.number().int().min(0).optional(),
    hours: z.number().int().min(0).optional(),
    description: LocalizedText.optional(),
  })
  .meta({ id: "Duration", description: "A period such as a processing time: days and/or hours." });
