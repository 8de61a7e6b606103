import { z } from "zod";
import { API_VERSION, type Kind, PUBLICATION_STATES } from "../constants.ts";
import { ChannelSpec } from "./channel.ts";
import { Email, Id, IsoDate } from "./common.ts";
import { FormSpec } from "./form.ts";
import { LifeSituationSpec } from "./life-situation.ts";
import { OrganisationSpec } from "./organisation.ts";
import { ServiceSpec } from "./service.ts";
import { ServiceTemplateSpec } from "./service-template.ts";

export const Publication = z
  .strictObject({
    state: z.enum(PUBLICATION_STATES).default("published"),
    reviewBy: IsoDate.optional().meta({ description: "Date by which the content must be checked again." }),
    responsible: z.strictObject({ name: z.string().min(1), email: Email }).optional(),
  })
  .meta({ id: "Publication", description: "Publication state, review date and the person responsible." });

const metadata = (ownedByOrganisation: boolean) =>
  z.strictObject({
    id: Id,
    organisation: ownedByOrganisation
      ? Id.meta({ description: "Id of the Organisation that owns this document." })
      : z.never({ error: "an Organisation is not owned by another organisation" }).optional(),
    publication: Publication.optional(),
  });

const envelope = <K extends Kind, S extends z.ZodType>(kind: K, spec: S) =>
  z
    .strictObject({
      $schema: z.string().optional(),
      apiVersion: z.literal(API_VERSION),
      kind: z.literal(kind),
      metadata: metadata(kind !== "Organisation"),
      spec,
    })
    .meta({ id: kind, title: kind });

/** The schema of each kind's document, keyed by kind. */
export const DOCUMENT_SCHEMAS = {
  Organisation: envelope("Organisation", OrganisationSpec),
  Channel: envelope("Channel", ChannelSpec),
  Service: envelope("Service", ServiceSpec),
  LifeSituation: envelope("LifeSituation", LifeSituationSpec),
  Form: envelope("Form", FormSpec),
  ServiceTemplate: envelope("ServiceTemplate", ServiceTemplateSpec),
} as const;

export type OrganisationDocument = z.infer<(typeof DOCUMENT_SCHEMAS)["Organisation"]>;
export type ChannelDocument = z.infer<(typeof DOCUMENT_SCHEMAS)["Channel"]>;
export type ServiceDocument = z.infer<(typeof DOCUMENT_SCHEMAS)["Service"]>;
export type LifeSituationDocument = z.infer<(typeof DOCUMENT_SCHEMAS)["LifeSituation"]>;
export type FormDocument = z.infer<(typeof DOCUMENT_SCHEMAS)["Form"]>;
export type ServiceTemplateDocument = z.infer<(typeof DOCUMENT_SCHEMAS)["ServiceTemplate"]>;

/** Any valid definition document, after defaults are applied. */
export type Definition =
  | OrganisationDocument
  | ChannelDocument
  | ServiceDocument
  | LifeSituationDocument
  | FormDocument
  | ServiceTemplateDocument;

/** Any definition document as an author writes it: optional fields may be left out. */
export type DefinitionInput = z.input<(typeof DOCUMENT_SCHEMAS)[Kind]>;

/** The schema of the whole format: one document of any kind, chosen by `kind`. */
export const DefinitionDocument = z
  .discriminatedUnion("kind", [
    DOCUMENT_SCHEMAS.Organisation,
    DOCUMENT_SCHEMAS.Channel,
    DOCUMENT_SCHEMAS.Service,
    DOCUMENT_SCHEMAS.LifeSituation,
    DOCUMENT_SCHEMAS.Form,
    DOCUMENT_SCHEMAS.ServiceTemplate,
  ])
  .meta({ title: "Civitas definition", description: "A service-catalog or e-form definition document." });
