import { z } from "zod";
import { Email, LocalizedText, Phone, Url } from "./common.ts";
import { OpeningHours } from "./opening-hours.ts";

export const ContactPoint = z
  .strictObject({
    name: LocalizedText.optional(),
    email: Email.optional(),
    phone: Phone.optional(),
    url: Url.optional(),
    openingHours: OpeningHours.optional(),
  })
  .refine((contact) => contact.email || contact.phone || contact.url, {
    error: "needs at least one of email, phone or url",
  })
  .meta({ id: "ContactPoint" });

/** A responsible person shown to citizens (life situations, services). */
export const ContactPerson = z
  .strictObject({
    name: z.string().min(1),
    role: LocalizedText,
    email: Email.optional(),
    phone: Phone.optional(),
  })
  .meta({ id: "ContactPerson" });
