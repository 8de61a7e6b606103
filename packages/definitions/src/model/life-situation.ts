import { z } from "zod";
import { AUDIENCES } from "../constants.ts";
import { Id, LocalizedList, LocalizedText } from "./common.ts";
import { ContactPerson } from "./contact-point.ts";

export const LifeSituationSpec = z
  .strictObject({
    name: LocalizedText,
    summary: LocalizedText,
    description: LocalizedText,
    audience: z.array(z.enum(AUDIENCES)).min(1),
    keywords: LocalizedList.optional(),
    stages: z
      .array(
        z.strictObject({
          name: LocalizedText,
          description: LocalizedText.optional(),
          services: z
            .array(Id)
            .default([])
            .meta({ description: "Ids of the services that solve this stage." }),
        }),
      )
      .min(1, { error: "needs at least one stage" })
      .meta({ description: "The possible solutions, in the order a person goes through them." }),
    contacts: z.array(ContactPerson).default([]),
    relatedLifeSituations: z.array(Id).default([]),
  })
  .meta({
    id: "LifeSituationSpec",
    description: "A life situation (CPSV-AP LifeEvent) and the services that solve it.",
  });
export type LifeSituationSpec = z.infer<typeof LifeSituationSpec>;
