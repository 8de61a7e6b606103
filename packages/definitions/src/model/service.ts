import { z } from "zod";
import { AUDIENCES, SERVICE_TYPES } from "../constants.ts";
import { Duration, Id, IsoDate, LocalizedList, LocalizedText, Money, Url } from "./common.ts";
import { ContactPerson, ContactPoint } from "./contact-point.ts";

export const Cost = z
  .strictObject({
    id: Id,
    description: LocalizedText,
    price: Money,
    validFrom: IsoDate.optional(),
    validTo: IsoDate.optional(),
  })
  .refine((cost) => !cost.validFrom || !cost.validTo || cost.validFrom <= cost.validTo, {
    error: "validTo must not be before validFrom",
    path: ["validTo"],
  })
  .meta({ id: "Cost", description: "A fee with the period it applies in." });

export const Evidence = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    description: LocalizedText.optional(),
  })
  .meta({ id: "Evidence", description: "A document the applicant shows or attaches." });

export const LegalBasis = z
  .strictObject({
    citation: z
      .string()
      .min(1)
      .meta({ description: "e.g. `Zákon č. 455/1991 Sb., o živnostenském podnikání`" }),
    section: z.string().optional(),
    url: Url.optional(),
  })
  .meta({ id: "LegalBasis" });

/** How the service is delivered through one channel: LV-7, a separate description per channel. */
export const ChannelOffering = z
  .strictObject({
    channel: Id.meta({ description: "Id of a Channel document." }),
    description: LocalizedText,
    steps: z.array(LocalizedText).default([]),
    documents: z.array(Id).default([]).meta({ description: "Ids of the service's `evidence` needed here." }),
    costs: z
      .array(Cost)
      .default([])
      .meta({ description: "Fees when the service is used through this channel." }),
    processingTime: Duration.optional(),
    form: Id.optional().meta({ description: "Id of the Form citizens fill in; online channels only." }),
  })
  .meta({ id: "ChannelOffering" });
export type ChannelOffering = z.infer<typeof ChannelOffering>;

export const ServiceSpec = z
  .strictObject({
    name: LocalizedText,
    summary: LocalizedText,
    description: LocalizedText,
    type: z.enum(SERVICE_TYPES),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    keywords: LocalizedList.optional(),
    lifeSituations: z.array(Id).default([]).meta({ description: "Ids of LifeSituation documents." }),
    requirements: z
      .array(z.strictObject({ name: LocalizedText, description: LocalizedText.optional() }))
      .default([])
      .meta({ description: "Conditions the applicant must meet." }),
    evidence: z.array(Evidence).default([]),
    costs: z.array(Cost).default([]).meta({ description: "Fees that apply whatever the channel." }),
    outputs: z
      .array(z.strictObject({ name: LocalizedText, description: LocalizedText.optional() }))
      .default([])
      .meta({ description: "What the applicant receives: a permit, a decision, a card." }),
    processingTime: Duration.optional(),
    deadlines: z.array(LocalizedText).default([]),
    legalBasis: z.array(LegalBasis).default([]),
    redress: LocalizedText.optional().meta({ description: "How to appeal against the outcome." }),
    contacts: z.array(ContactPoint).default([]),
    responsiblePeople: z.array(ContactPerson).default([]),
    relatedServices: z.array(Id).default([]),
    channelOfferings: z.array(ChannelOffering).min(1, { error: "needs at least one channel offering" }),
  })
  .meta({ id: "ServiceSpec", description: "A public service, aligned with CPSV-AP PublicService." });
export type ServiceSpec = z.infer<typeof ServiceSpec>;
