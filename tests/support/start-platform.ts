import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_BACK_OFFICE_PORT } from "../../packages/server/src/demo/demo-back-office.ts";
import { readEnv } from "../../packages/server/src/env.ts";
import { type RunningServer, startServer } from "../../packages/server/src/start-server.ts";
import { freePort, isPortFree } from "./free-port.ts";

export interface PlatformOptions {
  /**
   * Start the demo back office (filing service, webhook inboxes, mailbox) on port 3001, as `pnpm start`
   * does. Off, the delivery worker is off too (unless `env` turns it on): the demo forms' routes
   * point at port 3001, where nothing, or another run's back office, would answer.
   */
  demoBackOffice?: boolean;
  /** More settings (see packages/server/src/env.ts), e.g. `{ EMBED_ORIGINS: "http://localhost:4000" }`. */
  env?: Record<string, string>;
}

export interface Platform {
  /** Where browsers reach it, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  server: RunningServer;
  /** The demo admin (all roles in the demo organisation `dubova`), for the staff API. */
  admin: { email: string; password: string };
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The whole platform in this process, as `pnpm start` runs it: the embedded PostgreSQL in a fresh
 * temporary DATA_DIR, the demo definitions of `service-definitions/` published, the demo admin, the
 * browser bundles from packages/runtime/dist, on a free port.
 *
 * @example
 * ```ts
 * const platform = await startPlatform({ demoBackOffice: false });
 * await page.goto(`${platform.url}/dubova`);
 * await platform.stop();
 * ```
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const demoBackOffice = options.demoBackOffice ?? true;
  if (demoBackOffice && !(await isPortFree(DEMO_BACK_OFFICE_PORT)))
    throw new Error(
      `Port ${DEMO_BACK_OFFICE_PORT} is taken (is \`pnpm start\` running?); the demo back office needs it, or pass demoBackOffice: false`,
    );
  const dataDir = mkdtempSync(join(tmpdir(), "civitas-e2e-"));
  const port = await freePort();
  const admin = { email: "admin@dubova.example", password: "e2e-demo-admin-password" };
  const env = readEnv({
    DATA_DIR: dataDir,
    HOST: "127.0.0.1",
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
    DEMO_ADMIN_EMAIL: admin.email,
    DEMO_ADMIN_PASSWORD: admin.password,
    DEMO_BACK_OFFICE: String(demoBackOffice),
    DELIVERY_WORKER: String(demoBackOffice),
    ...options.env,
  });
  const lines: string[] = [];
  const server = await startServer(env, (line) => lines.push(line)).catch((error: Error) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`The platform did not start: ${error.message}\n${lines.join("\n")}`);
  });
  return {
    url: server.url,
    server,
    admin,
    dataDir,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
