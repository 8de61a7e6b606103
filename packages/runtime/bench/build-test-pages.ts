import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { BROWSER_BUILD } from "./browser-build-options.ts";

const PAGES = fileURLToPath(new URL("pages", import.meta.url));

/** The test pages: entry name → what it renders. */
export const TEST_PAGES = {
  civitas: "CivitasForm",
  stock: "stock RJSF <Form>",
  plain: "one plain <input>",
} as const;
export type TestPage = keyof typeof TEST_PAGES;

/** Bundles the test pages into `outdir` (`<page>.js`, and `civitas.css` for our theme). */
export async function buildTestPages(outdir: string): Promise<void> {
  await build({
    ...BROWSER_BUILD,
    entryPoints: {
      civitas: join(PAGES, "civitas-page.tsx"),
      stock: join(PAGES, "stock-rjsf-page.tsx"),
      plain: join(PAGES, "plain-input-page.tsx"),
    },
    outdir,
  });
}
