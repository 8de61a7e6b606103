import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Builds one package's browser bundles with its `scripts/build.ts`, as its `pnpm build` does. */
function buildPackage(name: "runtime" | "builder"): void {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: `${REPO}packages/${name}/`,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/**
 * Vitest global setup: builds the browser bundles once before the journeys, as `pnpm start` does:
 * the citizen pages and the embed (`packages/runtime/dist`), then the builder (`packages/builder/dist`).
 * `E2E_SKIP_BUILD=1` uses the bundles as they are (when running journeys again without changes).
 */
export default function buildBundles(): void {
  if (process.env.E2E_SKIP_BUILD === "1") return;
  buildPackage("runtime");
  buildPackage("builder");
}
