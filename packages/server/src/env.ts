import { fileURLToPath } from "node:url";
import { z } from "zod";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** `*`, or a comma-separated list of origins (`https://www.dubova.example`); a trailing slash is allowed. */
const origins = z
  .string()
  .optional()
  .transform((value, ctx): "*" | string[] => {
    const entries = (value ?? "*")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (entries.length === 0 || entries.includes("*")) return "*";
    const parsed = entries.map(originOf);
    const wrong = entries.filter((_, index) => parsed[index] === undefined);
    if (wrong.length > 0)
      ctx.issues.push({
        code: "custom",
        input: value,
        message: `${wrong.join(", ")}: each must be an origin such as https://www.dubova.example (scheme, host and port only), or * for any`,
      });
    return parsed.filter((origin): origin is string => origin !== undefined);
  });

function originOf(entry: string): string | undefined {
  try {
    const url = new URL(entry);
    const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
    return bare && (url.protocol === "https:" || url.protocol === "http:") ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => ["true", "1", "yes"].includes(value));

/** Every setting of the server, read and validated in one place, with defaults for a bare machine. */
export const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default("127.0.0.1"),
    /** A PostgreSQL server; without it the embedded PostgreSQL (PGlite) in DATA_DIR is used. */
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default(`${REPO_ROOT}.data`),
    DEFINITIONS_DIR: z.string().default(`${REPO_ROOT}service-definitions`),
    /** The browser bundles (citizen pages, embed) built by `pnpm --filter @civitas/runtime build`. */
    RUNTIME_DIST: z.string().default(`${REPO_ROOT}packages/runtime/dist`),
    /** The staff's builder app (served under /builder) built by `pnpm --filter @civitas/builder build`. */
    BUILDER_DIST: z.string().default(`${REPO_ROOT}packages/builder/dist`),
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
    /** Where e-mail connectors send, e.g. `smtp://user:pass@mail.example:587` (`smtps://` for TLS). */
    SMTP_URL: z.string().url().optional(),
    SMTP_FROM: z.string().default("Civitas <no-reply@civitas.localhost>"),
    /** Run the delivery worker in this process (every process may; they share the work). */
    DELIVERY_WORKER: flag.default(true),
    DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
    /** How often an idle worker looks for due deliveries made by other processes. */
    DELIVERY_POLL_MS: z.coerce.number().int().min(10).default(1000),
    /** First retry delay; it doubles per attempt (with jitter) up to DELIVERY_RETRY_MAX_MS. */
    DELIVERY_RETRY_BASE_MS: z.coerce.number().int().min(1).default(30_000),
    DELIVERY_RETRY_MAX_MS: z.coerce.number().int().min(1).default(3_600_000),
    /** How long one attempt may take before the receiver is deemed not to answer. */
    DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /**
     * How long a claimed delivery stays reserved to the worker that took it: if that process dies, the
     * delivery is taken again after this. Must exceed DELIVERY_TIMEOUT_MS.
     */
    DELIVERY_LEASE_MS: z.coerce.number().int().min(200).default(120_000),
    /** How long links to attachments and receipts sent to receivers stay valid. */
    DELIVERY_LINK_TTL_HOURS: z.coerce.number().positive().default(168),
    /**
     * Generate a development CA and organisation certificate for signing receipts where an organisation
     * has none installed. On by default with the embedded database only.
     */
    DEVELOPMENT_CERTIFICATES: flag.optional(),
    /**
     * Start the reference back office (filing service, webhook inbox, development mailbox) beside the
     * server, as the demo's receivers. On by default with the embedded database only.
     */
    DEMO_BACK_OFFICE: flag.optional(),
    /**
     * The portals that may embed e-forms (the `<civitas-form>` script's API calls and the iframe page),
     * comma-separated, e.g. `https://www.dubova.example,https://dubova.example`. Any origin by default:
     * embedded forms send no cookies, only an anonymous draft's resume token.
     */
    EMBED_ORIGINS: origins,
  })
  .refine((env) => env.DELIVERY_LEASE_MS > env.DELIVERY_TIMEOUT_MS, {
    path: ["DELIVERY_LEASE_MS"],
    message: "must be longer than DELIVERY_TIMEOUT_MS, or a slow delivery could be sent twice at once",
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

export const developmentCertificatesEnabled = (env: Env) => env.DEVELOPMENT_CERTIFICATES ?? !env.DATABASE_URL;

export const demoBackOfficeEnabled = (env: Env) => env.DEMO_BACK_OFFICE ?? !env.DATABASE_URL;

export const demoSignInEnabled = (env: Env) => env.CITIZEN_DEMO_SIGN_IN ?? !env.DATABASE_URL;

export const publicUrlOf = (env: Env) => env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
