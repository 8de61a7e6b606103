import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem, loadDefinitions } from "@civitas/definitions";
import { readDefinitionFiles } from "@civitas/definitions/node";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { createDatabase, type DatabaseHandle } from "./db/create-database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { startDemoBackOffice } from "./demo/demo-back-office.ts";
import { deleteExpiredDrafts } from "./drafts/delete-expired-drafts.ts";
import { demoBackOfficeEnabled, type Env, publicUrlOf } from "./env.ts";
import { startPeriodicJobs } from "./jobs/periodic-jobs.ts";
import { publishDueWorkingCopies } from "./registry/services/publish-due-working-copies.ts";
import { syncDefinitions } from "./registry/sync-definitions.ts";
import { ensureDemoAdmin } from "./staff/ensure-demo-admin.ts";

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the platform: opens the database (PostgreSQL server or embedded), migrates it, publishes the
 * definitions folder, makes sure the demo admin exists, and listens. Progress goes to `say`.
 */
export async function startServer(
  env: Env,
  say: (line: string) => void = console.log,
): Promise<RunningServer> {
  const started = performance.now();
  const database = await createDatabase({
    url: env.DATABASE_URL,
    dataDir: join(env.DATA_DIR, "pglite"),
    onIdleError: (error) =>
      say(`database: an idle connection failed and will be replaced (${error.message})`),
  });
  const { db } = database;
  const applied = await migrateToLatest(db);
  say(
    `database: ${database.engine === "postgres" ? "PostgreSQL server" : `embedded PostgreSQL in ${env.DATA_DIR}`}${applied.length ? `, applied ${applied.join(", ")}` : ""}`,
  );

  const loaded =
    env.LOAD_DEFINITIONS || demoBackOfficeEnabled(env)
      ? loadDefinitions(readDefinitionFiles([env.DEFINITIONS_DIR]))
      : undefined;
  if (loaded && !loaded.ok) {
    for (const problem of loaded.problems) say(formatProblem(problem));
    await database.close();
    throw new Error(
      `The definitions in ${env.DEFINITIONS_DIR} have errors; fix them (pnpm defs lint) and start again`,
    );
  }
  if (loaded && env.LOAD_DEFINITIONS) {
    const report = await syncDefinitions(db, loaded.bundle);
    say(`definitions: ${report.published.length} published, ${report.unchanged} unchanged`);
    for (const { kind, id } of report.conflicts) {
      say(
        `  not loaded: ${kind} ${id} changed both in ${env.DEFINITIONS_DIR} and in the registry; the registry's version stays`,
      );
    }
  }

  const admin = await ensureDemoAdmin(db, env.DEMO_ADMIN_EMAIL, env.DEMO_ADMIN_PASSWORD);
  if (admin.password && database.engine === "embedded") {
    writeFileSync(join(env.DATA_DIR, "demo-admin.txt"), `${env.DEMO_ADMIN_EMAIL}\n${admin.password}\n`, {
      mode: 0o600,
    });
  }

  const demo =
    loaded && demoBackOfficeEnabled(env)
      ? await startDemoBackOffice(db, loaded.bundle, env.DATA_DIR).catch((error: Error) => {
          say(
            `  the demo back office did not start (${error.message}); deliveries of the demo forms fail until it runs, then an admin replays them`,
          );
          return undefined;
        })
      : undefined;
  const app = await buildApp({
    db,
    env: { ...env, SMTP_URL: env.SMTP_URL ?? demo?.smtpUrl },
    secrets: (name) => process.env[name] || demo?.secrets[name],
  });
  await app.listen({ port: env.PORT, host: env.HOST });
  const stopJobs = startPeriodicJobs(
    [
      { name: "publish-scheduled", everyMs: 30_000, run: () => publishDueWorkingCopies(db) },
      { name: "delete-expired-drafts", everyMs: 600_000, run: () => deleteExpiredDrafts(db) },
    ],
    app.log,
  );
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const url = env.PUBLIC_URL ?? `http://localhost:${port}`;
  say(`Civitas is running at ${url} (started in ${Math.round(performance.now() - started)} ms)`);
  say(`  API documentation: ${url}/api/docs`);
  say(`  receipt verification: ${url}/verify`);
  if (demo)
    say(
      `  demo back office (filing service, webhook inboxes): ${demo.url}; e-mails are kept in ${demo.mailDir}`,
    );
  say(`  builder for staff: ${url}/builder`);
  if (admin.password)
    say(
      `  staff sign-in: ${env.DEMO_ADMIN_EMAIL} / ${admin.password}  (shown once${database.engine === "embedded" ? `; kept in ${join(env.DATA_DIR, "demo-admin.txt")}` : ""})`,
    );
  else
    say(
      `  staff sign-in: ${env.DEMO_ADMIN_EMAIL}${database.engine === "embedded" ? ` (password in ${join(env.DATA_DIR, "demo-admin.txt")})` : ""}`,
    );

  return {
    app,
    database,
    url: publicUrlOf({ ...env, PORT: port }),
    async stop() {
      await stopJobs();
      await app.close();
      await demo?.close();
      await database.close();
    },
  };
}
