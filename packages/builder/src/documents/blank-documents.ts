import { API_VERSION, type ChannelType } from "@civitas/definitions/constants";
import schema from "@civitas/definitions/schema.json" with { type: "json" };
import type { Content, NewKind } from "./registry-api.ts";

const ID_PATTERN = new RegExp(
  (
    schema as {
      definitions: { Service: { properties: { metadata: { properties: { id: { pattern: string } } } } } };
    }
  ).definitions.Service.properties.metadata.properties.id.pattern,
);

/** Why an id cannot be used, in the model's own words; null when it can. */
export function checkId(id: string): string | null {
  if (!id) return "Enter an id.";
  if (id.length > 80) return "The id must be at most 80 characters long.";
  if (!ID_PATTERN.test(id))
    return "The id must be lower-case letters, digits and dashes, e.g. `parking-permit`.";
  return null;
}

/** Turns a name into an id suggestion: "Parking permit" → "parking-permit". */
export function suggestId(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export interface BlankInput {
  kind: NewKind;
  id: string;
  organisation: string;
  /** The default language of the organisation: texts go in it first. */
  language: string;
  name: string;
  summary?: string;
  /** Service: the channel of its first offering. */
  channel?: string;
  /** Channel: its type and the one contact field the type needs. */
  channelType?: ChannelType;
  contact?: string;
  address?: { street: string; postalCode: string; city: string };
}

/** The smallest valid document of a kind, ready to be edited. */
export function createBlankDocument(input: BlankInput): Content {
  const text = (value: string) => ({ [input.language]: value });
  const envelope = (spec: Content): Content => ({
    apiVersion: API_VERSION,
    kind: input.kind,
    metadata: { id: input.id, organisation: input.organisation },
    spec,
  });
  const summary = input.summary?.trim() || input.name;
  switch (input.kind) {
    case "Form":
      return envelope({
        name: text(input.name),
        schema: {
          type: "object",
          required: ["fullName"],
          properties: { fullName: { type: "string", minLength: 1, maxLength: 100 } },
        },
        texts: { fullName: { label: text(input.language === "cs" ? "Jméno a příjmení" : "Full name") } },
        pages: [
          {
            id: "applicant",
            title: text(input.language === "cs" ? "Žadatel" : "Applicant"),
            fields: ["fullName"],
          },
        ],
      });
    case "Service":
      return envelope({
        name: text(input.name),
        summary: text(summary),
        description: text(summary),
        type: "service",
        audience: ["citizens"],
        channelOfferings: [{ channel: input.channel ?? "", description: text(summary) }],
      });
    case "LifeSituation":
      return envelope({
        name: text(input.name),
        summary: text(summary),
        description: text(summary),
        audience: ["citizens"],
        stages: [{ name: text(input.name), services: [] }],
      });
    case "Channel":
      return envelope({
        type: input.channelType ?? "web-page",
        name: text(input.name),
        ...channelContact(input),
      });
  }
}

function channelContact(input: BlankInput): Content {
  const contact = input.contact?.trim() ?? "";
  switch (input.channelType ?? "web-page") {
    case "online":
    case "web-page":
      return { url: contact };
    case "phone":
      return { phone: contact };
    case "email":
      return { email: contact };
    case "data-box":
      return { dataBoxId: contact };
    case "in-person":
    case "post":
      return { address: { ...input.address, country: "CZ" } };
  }
}
