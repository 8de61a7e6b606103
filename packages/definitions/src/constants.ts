/**
 * Plain constants of the definition format. This file imports no validation library so that
 * browser bundles (the runtime widget) can use it without pulling in the model.
 */

/** The `apiVersion` every current definition carries. */
export const API_VERSION = "civitas/v1";

/** The document kinds of the definition format. */
export const KINDS = [
  "Organisation",
  "Channel",
  "Service",
  "LifeSituation",
  "Form",
  "ServiceTemplate",
] as const;
export type Kind = (typeof KINDS)[number];

/** Languages the platform's own screens are translated to. Definitions may carry any ISO 639-1 code. */
export const PLATFORM_LANGUAGES = ["cs", "en", "lv"] as const;

export const CHANNEL_TYPES = [
  "online",
  "web-page",
  "phone",
  "in-person",
  "post",
  "email",
  "data-box",
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const SERVICE_TYPES = ["service", "permit", "obligation"] as const;
export const AUDIENCES = ["citizens", "businesses", "organisations"] as const;
export const ORGANISATION_TYPES = ["municipality", "region", "agency", "ministry"] as const;
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Case states a back-office system may report (LV-1). A form may use a subset. */
export const CASE_STATES = [
  "submitted",
  "in-processing",
  "more-information-requested",
  "refused",
  "answered",
  "licence-issued",
  "withdrawn",
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const PUBLICATION_STATES = ["draft", "in-review", "approved", "published", "archived"] as const;

export const CONNECTOR_TYPES = ["webhook", "email", "filing-service", "postgres-table"] as const;
export type ConnectorType = (typeof CONNECTOR_TYPES)[number];

/** How a derived service treats a template field (ServiceTemplate `policies`). */
export const TEMPLATE_POLICIES = ["locked", "copied", "inherited", "local"] as const;

export const TEMPLATE_PARAMETER_TYPES = [
  "text",
  "number",
  "money",
  "email",
  "phone",
  "url",
  "channel",
] as const;

/** The JSON Schema `format` that marks a form field as a file attachment (its value is an attachment id). */
export const ATTACHMENT_FORMAT = "attachment";

/** Tokens allowed in a form's case-number pattern, e.g. `MS-{year}-{seq:5}`. */
export const CASE_NUMBER_TOKENS = ["year", "month", "day", "seq", "form"] as const;
