import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { errors, OrganisationParam } from "../http/schemas.ts";
import { getPublishedVersion } from "../registry/document-store.ts";
import { getFormVersion, getLatestFormVersion } from "../registry/form-versions.ts";

const Params = OrganisationParam.extend({ form: z.string().min(1).max(120) });
const PublishedForm = z
  .object({
    organisation: z.string(),
    organisationName: z.record(z.string(), z.string()),
    /** The organisation's languages, the default first. */
    languages: z.array(z.string()),
    form: z.string(),
    version: z.number().int(),
    definition: z.record(z.string(), z.unknown()).meta({ description: "The Form's spec, as authored." }),
  })
  .meta({ id: "PublishedForm" });

/**
 * Published e-forms for the citizen runtime and embeds: anyone may read what is published. The
 * latest version may change (a minute's caching); a given version never does.
 */
export const publicFormRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    "/organisations/:organisation/forms/:form",
    {
      schema: {
        tags: ["citizen"],
        summary: "A published e-form: its latest version, or the version a draft is pinned to",
        security: [],
        params: Params,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: PublishedForm, ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const { organisation, form } = request.params;
      const wanted = request.query.version;
      const version =
        wanted === undefined
          ? await getLatestFormVersion(db, organisation, form)
          : await getPublishedVersion(db, {
              organisationId: organisation,
              kind: "Form",
              documentId: form,
              version: wanted,
            }).then((published) => getFormVersion(db, organisation, published.id));
      const owner = await getPublishedVersion(db, {
        organisationId: organisation,
        kind: "Organisation",
        documentId: organisation,
      });
      reply
        .header(
          "cache-control",
          wanted === undefined ? "public, max-age=60" : "public, max-age=31536000, immutable",
        )
        .header("etag", `"${version.id}"`);
      return {
        organisation,
        organisationName: owner.content.spec.name,
        languages: owner.content.spec.languages,
        form,
        version: version.version,
        definition: version.spec as unknown as Record<string, unknown>,
      };
    },
  );
};
