import type { BuildOptions } from "esbuild";

/** The settings of `scripts/build.ts`, what citizens' browsers load, so the bench measures the same code. */
export const BROWSER_BUILD = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
} satisfies BuildOptions;
