import { z } from "zod";
import { CHANNEL_TYPES, type ChannelType } from "../constants.ts";
import { Address, Email, GeoPoint, LocalizedText, Phone, Url } from "./common.ts";
import { OpeningHours } from "./opening-hours.ts";

/** What each channel type must state, so a citizen can actually use it. */
const REQUIRED_BY_TYPE: Record<
  ChannelType,
  ReadonlyArray<"url" | "phone" | "email" | "address" | "dataBoxId">
> = {
  online: ["url"],
  "web-page": ["url"],
  phone: ["phone"],
  "in-person": ["address"],
  post: ["address"],
  email: ["email"],
  "data-box": ["dataBoxId"],
};

export const ChannelSpec = z
  .strictObject({
    type: z.enum(CHANNEL_TYPES),
    name: LocalizedText,
    description: LocalizedText.optional(),
    url: Url.optional(),
    phone: Phone.optional(),
    email: Email.optional(),
    dataBoxId: z
      .string()
      .regex(/^[a-z0-9]{7}$/, { error: "must be a 7-character data box id" })
      .optional(),
    address: Address.optional(),
    geo: GeoPoint.optional(),
    openingHours: OpeningHours.optional(),
    accessibility: LocalizedText.optional(),
  })
  .superRefine((channel, ctx) => {
    for (const field of REQUIRED_BY_TYPE[channel.type]) {
      if (channel[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `is required for a channel of type ${channel.type}`,
        });
      }
    }
  })
  .meta({
    id: "ChannelSpec",
    description:
      "A reusable access point: online portal, web page, phone line, office, post, e-mail or data box.",
  });
export type ChannelSpec = z.infer<typeof ChannelSpec>;
