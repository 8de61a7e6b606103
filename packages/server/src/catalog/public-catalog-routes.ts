import { createHash } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { errors, OrganisationParam } from "../http/schemas.ts";
import { listPublishedCatalog, type PublishedDocument } from "./list-published-catalog.ts";

const Spec = z.record(z.string(), z.unknown());
const Entry = z.object({ id: z.string(), version: z.number().int(), publishedAt: z.date(), spec: Spec });
const Catalog = z
  .object({
    organisation: Entry,
    services: z.array(Entry),
    lifeSituations: z.array(Entry),
    channels: z.array(Entry),
    forms: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        name: z.record(z.string(), z.string()),
        allowAnonymous: z.boolean(),
      }),
    ),
  })
  .meta({ id: "PublishedCatalog" });

const entry = (document: PublishedDocument) => ({
  id: document.id,
  version: document.version,
  publishedAt: document.publishedAt,
  spec: document.definition.spec as unknown as Record<string, unknown>,
});

/**
 * An organisation's published catalog in one answer, for the citizen pages: the organisation, its
 * services with their channel offerings, life situations, channels and the e-forms' names. Texts
 * come in every language; the page picks. Revalidated with an ETag.
 */
export const publicCatalogRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    "/organisations/:organisation/catalog",
    {
      schema: {
        tags: ["citizen"],
        summary: "The organisation's published services, life situations, channels and e-forms",
        security: [],
        params: OrganisationParam,
        response: { 200: Catalog, 304: z.null(), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const catalog = await listPublishedCatalog(db, request.params.organisation);
      if (!catalog.organisation)
        throw new AppError("not-found", `There is no organisation ${request.params.organisation}`);
      const etag = `"${createHash("sha256").update(catalog.revision).digest("base64url").slice(0, 27)}"`;
      reply.header("etag", etag).header("cache-control", "public, max-age=0, must-revalidate");
      if (request.headers["if-none-match"] === etag) return reply.status(304).send(null);
      return {
        organisation: entry(catalog.organisation),
        services: catalog.services.map(entry),
        lifeSituations: catalog.lifeSituations.map(entry),
        channels: catalog.channels.map(entry),
        forms: catalog.forms.map((form) => ({
          id: form.id,
          version: form.version,
          name: form.definition.spec.name,
          allowAnonymous: form.definition.spec.submission.allowAnonymous,
        })),
      };
    },
  );
};
