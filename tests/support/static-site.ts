import { createServer } from "node:http";
import { freePort } from "./free-port.ts";

export interface StaticSite {
  /** The site's origin, e.g. `http://localhost:40123` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/**
 * A tiny web site on a port of its own — another origin than the platform's — serving fixed HTML
 * pages by path, e.g. a municipality's portal that embeds a form. `host` names it in its URL
 * (`localhost` by default: another site than the platform's `127.0.0.1`). Pages are read per request,
 * so they may be added once the site's URL is known.
 */
export async function serveStaticSite(
  pages: Record<string, string>,
  host = "localhost",
): Promise<StaticSite> {
  const port = await freePort();
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (path === "/favicon.ico") return void response.writeHead(204).end();
    const page = pages[path];
    response.writeHead(page === undefined ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
    response.end(page ?? "<!doctype html><title>Not found</title><p>Not found</p>");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
