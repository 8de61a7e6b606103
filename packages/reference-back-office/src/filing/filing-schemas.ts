/** JSON Schemas of the filing-service requests; Fastify answers 400 with the first violation. */

const text = (maxLength: number) => ({ type: "string", minLength: 1, maxLength }) as const;

export const newRecordSchema = {
  type: "object",
  required: ["externalId", "title", "caseNumber", "organisation", "form", "submittedAt", "locale", "data"],
  properties: {
    externalId: text(200),
    title: text(500),
    caseNumber: text(100),
    organisation: text(100),
    form: {
      type: "object",
      required: ["id", "version"],
      properties: { id: text(100), version: { type: "integer", minimum: 1 } },
    },
    submittedAt: { type: "string", format: "date-time" },
    locale: text(35),
    data: { type: "object" },
  },
} as const;

export interface NewDocumentBody {
  name: string;
  kind: "receipt" | "attachment";
  contentType: string;
  sha256: string;
  contentBase64: string;
}

export const newDocumentSchema = {
  type: "object",
  required: ["name", "kind", "contentType", "sha256", "contentBase64"],
  properties: {
    name: text(255),
    kind: { type: "string", enum: ["receipt", "attachment"] },
    contentType: {
      type: "string",
      maxLength: 255,
      pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+( *;[\\x20-\\x7e]*)?$",
    },
    sha256: { type: "string", pattern: "^[0-9a-fA-F]{64}$" },
    contentBase64: { type: "string" },
  },
} as const;

export const recordParamsSchema = {
  type: "object",
  properties: { id: { type: "string" }, documentId: { type: "string" } },
} as const;

export const recordsQuerySchema = {
  type: "object",
  properties: { externalId: text(200) },
} as const;
