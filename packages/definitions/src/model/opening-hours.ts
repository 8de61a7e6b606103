import { z } from "zod";
import { WEEKDAYS } from "../constants.ts";
import { IsoDate, LocalizedText } from "./common.ts";

const Time = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: "must be a time written as HH:MM" });

const TimeRange = z
  .strictObject({ opens: Time, closes: Time })
  .refine((range) => range.opens < range.closes, { error: "must close after it opens", path: ["closes"] });

export const OpeningHours = z
  .strictObject({
    regular: z
      .array(
        z.strictObject({
          days: z.array(z.enum(WEEKDAYS)).min(1),
          hours: z.array(TimeRange).min(1),
        }),
      )
      .default([])
      .meta({
        description:
          "Weekly hours, e.g. `{ days: [mon, wed], hours: [{ opens: '08:00', closes: '17:00' }] }`.",
      }),
    exceptions: z
      .array(
        z.strictObject({
          date: IsoDate,
          until: IsoDate.optional().meta({ description: "Last day, for a period of several days." }),
          closed: z.boolean().default(false),
          hours: z.array(TimeRange).optional(),
          reason: LocalizedText.optional(),
        }),
      )
      .default([])
      .meta({ description: "Holidays and other days with other hours." }),
    note: LocalizedText.optional(),
  })
  .meta({ id: "OpeningHours" });
export type OpeningHours = z.infer<typeof OpeningHours>;
