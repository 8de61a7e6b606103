import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { TestPage } from "./build-test-pages.ts";
import type { PageInput } from "./pages/bench-probe.tsx";

export interface TestPageServer {
  /** The address of a test page showing `input`. */
  urlOf(page: TestPage, input: PageInput): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { js: "text/javascript", css: "text/css" };

/**
 * Serves the bundled test pages from `dir` on 127.0.0.1 (a free port): `/<page>/<n>` is an HTML page
 * with the n-th registered input written in (as JSON, read by the page's script), `/assets/*` the
 * bundles. Nothing is cached, so each load fetches and parses the bundle as a first visit would.
 */
export async function serveTestPages(dir: string): Promise<TestPageServer> {
  const inputs: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const asset = /^\/assets\/([a-z-]+\.(js|css))$/.exec(path);
    const page = /^\/([a-z]+)\/(\d+)$/.exec(path);
    const headers = { "cache-control": "no-store" };
    if (asset && existsSync(join(dir, asset[1] as string))) {
      response.writeHead(200, { ...headers, "content-type": TYPES[asset[2] as string] as string });
      response.end(readFileSync(join(dir, asset[1] as string)));
    } else if (page && inputs[Number(page[2])] !== undefined && existsSync(join(dir, `${page[1]}.js`))) {
      const name = page[1] as string;
      const css = existsSync(join(dir, `${name}.css`))
        ? `<link rel="stylesheet" href="/assets/${name}.css">`
        : "";
      response.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" });
      response.end(
        `<!doctype html><html lang="cs"><head><meta charset="utf-8"><title>${name}</title>${css}</head>` +
          `<body><div id="app"></div><script id="bench-input" type="application/json">${inputs[Number(page[2])]}</script>` +
          `<script type="module" src="/assets/${name}.js"></script></body></html>`,
      );
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf(page, input) {
      inputs.push(JSON.stringify(input).replaceAll("<", "\\u003c"));
      return `http://127.0.0.1:${port}/${page}/${inputs.length - 1}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
