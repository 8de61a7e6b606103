import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { PAGE_CSP } from "./page-csp.ts";

const LANGUAGES = ["cs", "en", "lv"] as const;
type Language = (typeof LANGUAGES)[number];

const NOSCRIPT: Record<Language, string> = {
  cs: "Tyto stránky potřebují JavaScript. Zapněte ho prosím v prohlížeči.",
  en: "These pages need JavaScript. Please turn it on in your browser.",
  lv: "Šīm lapām nepieciešams JavaScript. Lūdzu, ieslēdziet to pārlūkprogrammā.",
};

/** Paths that are never a citizen page: their own routes answer, or the JSON 404 does. */
const NOT_PAGES = /^\/(?:api|trpc|assets|builder)(?:\/|$)/;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );

const isLanguage = (value: string | undefined): value is Language =>
  (LANGUAGES as readonly string[]).includes(value ?? "");

/** The `lang` cookie the language switch sets, else the best of Accept-Language, else English. */
export function pageLanguage(cookie: string | undefined, acceptLanguage: string | undefined): Language {
  if (isLanguage(cookie)) return cookie;
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((param) => param.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: tag.toLowerCase().split("-")[0], q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted.map((entry) => entry.language).find(isLanguage) ?? "en";
}

/** Organisations with a published Organisation document: the portals there are. */
async function listPortals(db: Kysely<Database>) {
  return db
    .selectFrom("organisations as o")
    .innerJoin("documents as d", (join) =>
      join
        .onRef("d.organisation_id", "=", "o.id")
        .onRef("d.id", "=", "o.id")
        .on("d.kind", "=", "Organisation"),
    )
    .where("d.archived_at", "is", null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("document_versions as v")
          .select("v.id")
          .whereRef("v.organisation_id", "=", "o.id")
          .where("v.kind", "=", "Organisation"),
      ),
    )
    .select(["o.id", "o.name"])
    .orderBy("o.id")
    .execute();
}

function renderShell(language: Language, organisations: unknown): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Civitas</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/citizen.css">
<script type="module" src="/assets/citizen.js"></script>
</head>
<body>
<div id="civitas-citizen" data-organisations="${escapeHtml(JSON.stringify(organisations))}"></div>
<noscript><p>${NOSCRIPT[language]}</p></noscript>
</body>
</html>
`;
}

/**
 * The citizen pages: every path the single-page app owns (`/`, `/dubova`, `/dubova/forms/…`, `/my`,
 * `/sign-in` …) answers the same HTML shell that loads `/assets/citizen.js`; the app then routes in the
 * browser. Explicit routes (the API, /verify, health, docs, the embed) win over this catch-all; paths
 * under /api, /trpc, /assets and /builder (the staff app's own) or naming a file keep their JSON 404.
 * The shell lists the organisations with a catalog, which the app needs for `/` and which the API
 * does not list.
 */
export const citizenPageRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (NOT_PAGES.test(path) || /\.[A-Za-z0-9]+$/.test(path)) return reply.callNotFound();
    const language = pageLanguage(request.cookies.lang, request.headers["accept-language"]);
    const organisations = await listPortals(db);
    return reply
      .header("content-type", "text/html; charset=utf-8")
      .header("content-security-policy", PAGE_CSP)
      .header("x-content-type-options", "nosniff")
      .header("referrer-policy", "same-origin")
      .header("cache-control", "no-cache")
      .header("vary", "cookie, accept-language")
      .send(renderShell(language, organisations));
  };
  app.get("/", { schema: { hide: true } }, page);
  app.get("/*", { schema: { hide: true } }, page);
};
