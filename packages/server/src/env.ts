import { fileURLToPath } from "node:url";
import { z } from "zod";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => ["true", "1", "yes"].includes(value));

/** Every setting of the server, read and validated in one place, with defaults for a bare machine. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** A PostgreSQL server; without it the embedded PostgreSQL (PGlite) in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(`${REPO_ROOT}.data`),
  DEFINITIONS_DIR: z.string().default(`${REPO_ROOT}service-definitions`),
  /** Load DEFINITIONS_DIR at start and publish what changed. */
  LOAD_DEFINITIONS: flag.default(true),
  PUBLIC_URL: z.string().url().optional(),
  /** Password of the seeded demo admin; generated and printed once when unset. */
  DEMO_ADMIN_PASSWORD: z.string().min(12).optional(),
  DEMO_ADMIN_EMAIL: z.string().email().default("admin@dubova.example"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  COOKIE_SECURE: flag.optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  ATTACHMENT_LIMIT_BYTES: z.coerce.number().int().positive().default(26_214_400),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /**
   * A test identity provider that signs a citizen in by name alone, for demos and tests. On by default
   * with the embedded database only; never turn it on in production.
   */
  CITIZEN_DEMO_SIGN_IN: flag.optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/** Reads the environment; a bad value stops the server with a message naming the variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (`DATABASE_URL=`) means "not set", as people expect from a shell.
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = EnvSchema.safeParse(set);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const demoSignInEnabled = (env: Env) => env.CITIZEN_DEMO_SIGN_IN ?? !env.DATABASE_URL;

export const publicUrlOf = (env: Env) => env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
