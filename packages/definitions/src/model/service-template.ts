import { z } from "zod";
import { TEMPLATE_PARAMETER_TYPES, TEMPLATE_POLICIES } from "../constants.ts";
import { LocalizedText } from "./common.ts";
import { FormSpec } from "./form.ts";
import { ServiceSpec } from "./service.ts";

export const TemplateParameter = z
  .strictObject({
    key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: "must be a camelCase name such as `officeName`" }),
    type: z.enum(TEMPLATE_PARAMETER_TYPES),
    label: LocalizedText,
    description: LocalizedText.optional(),
    required: z.boolean().default(true),
    default: z.union([z.string(), z.number()]).optional(),
  })
  .meta({ id: "TemplateParameter" });

/**
 * A standard e-service a municipality clones. Texts may use `{{params.key}}`; a channel offering's
 * `channel` names a parameter of type `channel` that the municipality fills with one of its channels.
 */
export const ServiceTemplateSpec = z
  .strictObject({
    name: LocalizedText,
    description: LocalizedText,
    parameters: z.array(TemplateParameter).default([]),
    policies: z
      .record(
        z.string().regex(/^(\/[^/]+)+$/, { error: "must be a JSON pointer such as /service/costs" }),
        z.enum(TEMPLATE_POLICIES),
      )
      .default({})
      .meta({
        description: "Per JSON pointer: locked, copied (default), inherited (follows the template) or local.",
      }),
    service: ServiceSpec,
    form: FormSpec.optional(),
  })
  .meta({ id: "ServiceTemplateSpec", description: "A parameterised standard service and form." });
export type ServiceTemplateSpec = z.infer<typeof ServiceTemplateSpec>;
