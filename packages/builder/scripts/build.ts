/**
 * Builds the builder app browsers load: `dist/builder.js`, its worker `dist/local-check.js` and
 * `dist/builder.css`. Prints each file's size, gzipped.
 *
 *   pnpm --filter @civitas/builder build
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");

rmSync(DIST, { recursive: true, force: true });
const started = performance.now();
const result = await build({
  // The app, and the worker that checks the document being edited (see src/documents/local-checker.ts).
  entryPoints: {
    builder: join(ROOT, "src/main.tsx"),
    "local-check": join(ROOT, "src/documents/local-check-worker.ts"),
  },
  outdir: DIST,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: true,
  legalComments: "none",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  metafile: true,
  logLevel: "warning",
});
const files = Object.keys(result.metafile.outputs).filter((file) => !file.endsWith(".map"));
for (const file of files.sort()) {
  const bytes = readFileSync(file);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${file.replace(/^.*dist\//, "dist/").padEnd(22)} ${kb(bytes.length).padStart(10)}   gzip ${kb(gzipSync(bytes).length)}`,
  );
}
console.log(`built in ${Math.round(performance.now() - started)} ms`);
