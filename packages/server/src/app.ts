import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "./db/schema.ts";
import { DeliveryLinks } from "./deliveries/delivery-links.ts";
import { installDeliveryMetrics } from "./deliveries/delivery-metrics.ts";
import { sharedServerKey } from "./deliveries/server-keys.ts";
import { startDeliveries } from "./deliveries/start-deliveries.ts";
import { developmentCertificatesEnabled, type Env, publicUrlOf } from "./env.ts";
import { installErrorHandler } from "./http/error-handler.ts";
import { installRequestActor } from "./http/request-actor.ts";
import { apiV1Routes } from "./http/routes/api-v1-routes.ts";
import { healthRoutes } from "./http/routes/health-routes.ts";
import { installMetrics } from "./observability/metrics.ts";
import type { PlatformEvents } from "./platform-events.ts";
import { createReceiptIssuer, type ReceiptIssuer } from "./receipts/receipt-issuer.ts";
import { verificationPageRoutes } from "./receipts/verification-page-routes.ts";
import { installTrpc } from "./trpc/install-trpc.ts";
import { builderPageRoutes } from "./web/builder-page-routes.ts";
import { citizenPageRoutes } from "./web/citizen-page-routes.ts";
import { installEmbedCors } from "./web/embed-cors.ts";
import { embedPageRoutes } from "./web/embed-page-routes.ts";
import { runtimeAssetsRoutes } from "./web/runtime-assets-routes.ts";

export interface AppDeps {
  db: Kysely<Database>;
  env: Env;
  /** Where log lines go (standard output by default); tests read them. */
  logStream?: NodeJS.WritableStream;
  /** Secrets named by definitions (webhook keys, tokens); the environment by default. */
  secrets?: (name: string) => string | undefined;
}

/** What the HTTP routes share with the background work of the process. */
export interface AppServices {
  db: Kysely<Database>;
  env: Env;
  events: PlatformEvents;
  links: DeliveryLinks;
  receipts: ReceiptIssuer;
}

/** Log lines never carry credentials, cookies or form answers. */
const REDACT = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "password",
  "key",
  "token",
];

/** Builds the HTTP server: REST API v1 with its OpenAPI document, tRPC, health and metrics. */
export async function buildApp({ db, env, logStream, secrets }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: env.LOG_LEVEL,
      redact: { paths: REDACT, censor: "[redacted]" },
      // Paths only: query strings may carry resume tokens (tRPC query input, resume links).
      serializers: {
        req: (request) => ({ method: request.method, url: request.url.split("?")[0], reqId: request.id }),
      },
      ...(logStream ? { stream: logStream } : {}),
    },
    bodyLimit: env.BODY_LIMIT_BYTES,
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, {
    limits: { fileSize: env.ATTACHMENT_LIMIT_BYTES, files: 1, fields: 10 },
  });
  // Before the routes and the request actor, so preflights and errors of the embed's calls carry CORS.
  await installEmbedCors(app, env.EMBED_ORIGINS);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Civitas API",
        version: "1.0.0",
        description:
          "Definitions, publishing, drafts, submissions, case states and attachments of the public-service platform.",
      },
      servers: [{ url: publicUrlOf(env) }],
      components: {
        securitySchemes: {
          apiKey: {
            type: "http",
            scheme: "bearer",
            description: "An organisation's API key: `Authorization: Bearer civ_…`",
          },
          session: { type: "apiKey", in: "cookie", name: "civitas_session" },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    // The document describes the REST API for integrators only; tRPC serves the project's own apps.
    transformObject: jsonSchemaTransformObject,
    transform: (input) =>
      input.url.startsWith("/trpc") ? { schema: { hide: true }, url: input.url } : jsonSchemaTransform(input),
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  installRequestActor(app, db);
  const metrics = installMetrics(app);
  const links = new DeliveryLinks(
    await sharedServerKey(db, "delivery-links"),
    publicUrlOf(env),
    env.DELIVERY_LINK_TTL_HOURS * 3_600_000,
  );
  const receipts = createReceiptIssuer(db, {
    publicUrl: publicUrlOf(env),
    developmentCertificates: developmentCertificatesEnabled(env),
  });
  const deliveries = startDeliveries({
    db,
    env,
    links,
    receiptFor: (id) => receipts.receiptFor(id),
    secrets: secrets ?? ((name) => process.env[name]),
    log: app.log,
    onOutcome: installDeliveryMetrics(metrics, db),
  });
  app.addHook("onClose", () => deliveries.stop());
  const services: AppServices = { db, env, events: deliveries.events, links, receipts };

  await app.register(healthRoutes, { db, metrics });
  await app.register(apiV1Routes, { prefix: "/api/v1", ...services });
  await app.register(verificationPageRoutes, { db });
  await app.register(runtimeAssetsRoutes, { dist: env.RUNTIME_DIST });
  await app.register(builderPageRoutes, { dist: env.BUILDER_DIST });
  // The citizen pages' shell on every other GET path; explicit routes above and below still win.
  await app.register(citizenPageRoutes, { db });
  await app.register(embedPageRoutes, { db, origins: env.EMBED_ORIGINS });
  app.get("/api/v1/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await installTrpc(app, services);
  return app;
}
