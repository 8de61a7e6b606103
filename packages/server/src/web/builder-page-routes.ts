import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";
import { bundleFiles } from "./bundle-files.ts";
import { PAGE_CSP } from "./page-csp.ts";

const BUILD_COMMAND = "pnpm --filter @civitas/builder build";
const NOT_BUILT = `The builder app is not built yet: run \`${BUILD_COMMAND}\` and reload this page.`;

const SHELL = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Civitas builder</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/builder/assets/builder.css">
<script type="module" src="/builder/assets/builder.js"></script>
</head>
<body>
<div id="builder-root"></div>
<noscript><p>The builder needs JavaScript. Please turn it on in your browser.</p></noscript>
</body>
</html>
`;

/**
 * The staff's builder app: every path under /builder answers the HTML shell that loads
 * `/builder/assets/builder.js` (the app routes in the browser), and /builder/assets serves the bundle
 * from BUILDER_DIST. Staff pages are never cached or indexed; paths naming a file keep their JSON 404.
 */
export const builderPageRoutes: FastifyPluginAsyncZod<{ dist: string }> = async (app, { dist }) => {
  const files = bundleFiles(dist);

  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split("?")[0] ?? "/builder";
    if (/^\/builder\/assets(?:\/|$)/.test(path) || /\.[A-Za-z0-9]+$/.test(path)) return reply.callNotFound();
    reply
      .header("content-security-policy", PAGE_CSP)
      .header("x-content-type-options", "nosniff")
      .header("referrer-policy", "same-origin")
      .header("cache-control", "no-store")
      .header("x-robots-tag", "noindex");
    if (!(await files.find("builder.js")))
      return reply.status(503).header("content-type", "text/plain; charset=utf-8").send(`${NOT_BUILT}\n`);
    return reply.header("content-type", "text/html; charset=utf-8").send(SHELL);
  };
  app.get("/builder", { schema: { hide: true } }, page);
  app.get("/builder/*", { schema: { hide: true } }, page);

  app.get(
    "/builder/assets/:file",
    { schema: { hide: true, params: z.object({ file: z.string().max(100) }) } },
    async (request, reply) => {
      const { file: name } = request.params;
      const file = await files.find(name);
      if (file) return files.send(request, reply, name, file);
      if (!(await files.find("builder.js")))
        throw new AppError("unavailable", `The builder app is not built yet: run \`${BUILD_COMMAND}\``);
      throw new AppError("not-found", `The builder has no file ${name}`);
    },
  );
};
