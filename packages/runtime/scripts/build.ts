/**
 * Builds what browsers load: the citizen pages (`dist/citizen.js` + `citizen.css`) and the embed
 * (`dist/embed.js`, one file a portal includes). Prints each file's size, gzipped.
 *
 *   pnpm --filter @civitas/runtime build
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");
const ALL_ENTRIES = {
  citizen: join(ROOT, "src/citizen/main.tsx"),
  embed: join(ROOT, "src/embed/main.tsx"),
};
// BUILD_ONLY=citizen builds one bundle (while working on it).
const only = process.env.BUILD_ONLY;
const ENTRIES = Object.fromEntries(Object.entries(ALL_ENTRIES).filter(([name]) => !only || name === only));

// A one-bundle build leaves the other bundle in place.
if (!only) rmSync(DIST, { recursive: true, force: true });
const started = performance.now();
const result = await build({
  entryPoints: ENTRIES,
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
