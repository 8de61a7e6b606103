import { existsSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { BROWSER_BUILD } from "./browser-build-options.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EMBED = fileURLToPath(new URL("../src/embed/main.tsx", import.meta.url));
const STAND_IN = fileURLToPath(new URL("pages/embed-stand-in.tsx", import.meta.url));

export interface EmbedSize {
  entry: string;
  /** Whether that is the real embed or the bench's stand-in (CivitasForm + autosave). */
  real: boolean;
  files: Array<{ name: string; bytes: number; gzip: number }>;
  gzipTotal: number;
  /** Minified bytes in the output per package (or per source folder of ours), largest first. */
  byPackage: Array<{ name: string; bytes: number }>;
  largestFiles: Array<{ name: string; bytes: number }>;
}

/** The package an input belongs to (`react-dom`, `@rjsf/core`), or its folder for our own code. */
function ownerOf(input: string): string {
  const modules = input.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scope, name] = input.slice(modules + "node_modules/".length).split("/");
    return scope?.startsWith("@") ? `${scope}/${name}` : (scope as string);
  }
  return input.split("/").slice(0, -1).join("/") || input;
}

function inputsOf(metafile: Metafile) {
  const inputs = new Map<string, number>();
  for (const output of Object.values(metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
      inputs.set(input, (inputs.get(input) ?? 0) + bytesInOutput);
  return inputs;
}

/** Builds the embed as `scripts/build.ts` does (in memory) and measures it, gzipped. */
export async function measureEmbedSize(): Promise<EmbedSize> {
  const real = existsSync(EMBED);
  const entry = real ? EMBED : STAND_IN;
  const result = await build({
    ...BROWSER_BUILD,
    entryPoints: { embed: entry },
    absWorkingDir: ROOT,
    outdir: "embed-size",
    sourcemap: true,
    metafile: true,
    write: false,
  });
  const files = result.outputFiles
    .filter((file) => !file.path.endsWith(".map"))
    .map((file) => ({
      name: file.path.replace(/^.*\//, ""),
      bytes: file.contents.length,
      gzip: gzipSync(file.contents).length,
    }));
  const inputs = inputsOf(result.metafile);
  const byPackage = new Map<string, number>();
  for (const [input, bytes] of inputs)
    byPackage.set(ownerOf(input), (byPackage.get(ownerOf(input)) ?? 0) + bytes);
  const sorted = (map: Map<string, number>) =>
    [...map].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  return {
    entry: relative(ROOT, entry),
    real,
    files,
    gzipTotal: files.reduce((sum, file) => sum + file.gzip, 0),
    byPackage: sorted(byPackage),
    largestFiles: sorted(inputs).map(({ name, bytes }) => ({
      name: name.replace(/^.*node_modules\//, ""),
      bytes,
    })),
  };
}
