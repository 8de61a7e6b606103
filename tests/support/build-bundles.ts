import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const RUNTIME = `${REPO}packages/runtime/`;

/**
 * Vitest global setup: builds the runtime's browser bundles (`packages/runtime/dist`) once before the
 * journeys, as `pnpm --filter @civitas/runtime build` does. While the citizen pages' entry does not
 * exist yet only the embed is built.
 */
export default function buildBundles(): void {
  const citizen = existsSync(`${RUNTIME}src/citizen/main.tsx`);
  if (!citizen) console.log("e2e: packages/runtime/src/citizen/main.tsx is missing; building the embed only");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: RUNTIME,
    env: { ...process.env, ...(citizen ? {} : { BUILD_ONLY: "embed" }) },
    stdio: ["ignore", "inherit", "inherit"],
  });
}
