import { z } from "zod";
import { CASE_STATES, type ConnectorType } from "../constants.ts";
import { Email, Id, Url } from "./common.ts";
import { Condition } from "./condition.ts";

/** How the name of a server-held secret is written (an environment variable's name). */
export const SECRET_NAME = /^[A-Z][A-Z0-9_]*$/;

/** Name of a secret held by the server (webhook key, password); definitions never carry secrets. */
const SecretRef = z
  .string()
  .regex(SECRET_NAME, {
    error: "must name a secret in CAPITALS_WITH_UNDERSCORES, not hold the secret",
  })
  .meta({ description: "Name of a secret kept by the server; never the secret itself." });

const routeBase = {
  id: Id,
  when: Condition.optional().meta({ description: "Route only when this holds." }),
  maxAttempts: z.number().int().min(1).max(50).default(12).meta({
    description:
      "Delivery attempts (with exponential backoff, about 5 hours for 12) before the delivery is dead-lettered for an admin to replay.",
  }),
};

export const ConnectorRoute = z
  .discriminatedUnion("connector", [
    z.strictObject({
      ...routeBase,
      connector: z.literal("webhook"),
      url: Url,
      secret: SecretRef,
      attachments: z.enum(["links", "inline"]).default("links"),
    }),
    z.strictObject({
      ...routeBase,
      connector: z.literal("email"),
      to: z.array(Email).min(1),
      template: Id.optional().meta({ description: "Message template in packages/templates." }),
      attachReceipt: z.boolean().default(true),
    }),
    z.strictObject({
      ...routeBase,
      connector: z.literal("filing-service"),
      url: Url,
      secret: SecretRef.optional(),
    }),
    z.strictObject({
      ...routeBase,
      connector: z.literal("postgres-table"),
      table: z.string().regex(/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/, { error: "must be a table name" }),
      connection: SecretRef.optional(),
    }),
  ])
  .meta({ id: "ConnectorRoute", description: "Where a submission is delivered, and when." });
export type ConnectorRoute = z.infer<typeof ConnectorRoute>;

/** The route settings (of any connector) that name a secret the server holds, e.g. `secret`. */
export const SECRET_SETTINGS: ReadonlySet<string> = new Set(
  ConnectorRoute.options.flatMap((option) =>
    Object.entries(option.shape)
      .filter(
        ([, field]) =>
          field === SecretRef || (field instanceof z.ZodOptional && field.unwrap() === SecretRef),
      )
      .map(([name]) => name),
  ),
);

// CONNECTOR_TYPES (zod-free, for the browser) must name exactly the route shapes above.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const routeShapesMatchConnectorTypes: Same<ConnectorRoute["connector"], ConnectorType> = true;
void routeShapesMatchConnectorTypes;

export const SubmissionSettings = z
  .strictObject({
    caseNumber: z
      .string()
      .regex(/\{seq(:\d)?\}/, {
        error: "must contain a `{seq}` or `{seq:N}` counter so case numbers are unique",
      })
      .default("{year}-{seq:6}")
      .meta({
        description:
          "Case-number pattern with {year}, {month}, {day}, {form}, {seq:N}, e.g. `MP-{year}-{seq:5}`.",
      }),
    caseStates: z
      .array(z.enum(CASE_STATES))
      .min(1)
      .default([...CASE_STATES])
      .meta({ description: "The case states this form's cases may take." }),
    routes: z.array(ConnectorRoute).default([]),
    receipt: z
      .strictObject({
        listAttachments: z
          .boolean()
          .default(true)
          .meta({ description: "List the attached files (name, size, SHA-256) on the signed receipt." }),
      })
      .default({ listAttachments: true })
      .meta({ description: "Every submission gets a signed PDF receipt; these settings shape it." }),
    draftRetentionDays: z.number().int().min(1).max(365).default(30),
    allowAnonymous: z
      .boolean()
      .default(false)
      .meta({ description: "May a citizen fill it without logging in?" }),
  })
  .meta({ id: "SubmissionSettings" });
export type SubmissionSettings = z.infer<typeof SubmissionSettings>;
