import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { getPublishedVersion } from "../registry/document-store.ts";
import { getLatestFormVersion } from "../registry/form-versions.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The page may be framed by the embedding portals only (any site when EMBED_ORIGINS is `*`). */
export const frameAncestorsOf = (origins: "*" | string[]): string =>
  origins === "*" ? "*" : ["'self'", ...origins].join(" ");

/**
 * The iframe fallback of an embedded e-form, for portals that cannot add a script to their pages:
 * `<iframe src="https://<server>/embed/dubova/forms/<form>?lang=cs">`. A page of its own with the
 * same `<civitas-form>` element, so the form's API calls stay on this origin.
 */
export const embedPageRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  origins: "*" | string[];
}> = async (app, { db, origins }) => {
  const policy = [
    "default-src 'none'",
    // The runtime's validator (ajv) compiles each form's JSON Schema into a function at run time.
    "script-src 'self' 'unsafe-eval'",
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestorsOf(origins)}`,
  ].join("; ");

  app.get(
    "/embed/:organisation/forms/:form",
    {
      schema: {
        hide: true,
        params: z.object({ organisation: z.string().min(1).max(80), form: z.string().min(1).max(120) }),
        querystring: z.object({
          lang: z
            .string()
            .regex(/^[a-z]{2}$/)
            .optional(),
        }),
      },
    },
    async (request, reply) => {
      const { organisation, form } = request.params;
      const version = await getLatestFormVersion(db, organisation, form);
      const owner = await getPublishedVersion(db, {
        organisationId: organisation,
        kind: "Organisation",
        documentId: organisation,
      });
      const lang = request.query.lang ?? owner.content.spec.languages[0] ?? "cs";
      const names = version.spec.name as Record<string, string | undefined>;
      const title = names[lang] ?? names.en ?? Object.values(names)[0] ?? form;
      const body = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{margin:0;padding:1rem;background:#fff}</style>
<script type="module" src="/assets/embed.js"></script>
</head>
<body>
<main><civitas-form organisation="${escapeHtml(organisation)}" form="${escapeHtml(form)}" lang="${escapeHtml(lang)}"></civitas-form></main>
</body>
</html>
`;
      return reply
        .header("content-type", "text/html; charset=utf-8")
        .header("content-security-policy", policy)
        .header("cache-control", "public, max-age=60")
        .header("referrer-policy", "strict-origin-when-cross-origin")
        .header("x-content-type-options", "nosniff")
        .send(body);
    },
  );
};
