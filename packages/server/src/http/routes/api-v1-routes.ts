import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppServices } from "../../app.ts";
import { publicCatalogRoutes } from "../../catalog/public-catalog-routes.ts";
import { publicFormRoutes } from "../../catalog/public-form-routes.ts";
import { citizenRoutes } from "../../citizens/citizen-routes.ts";
import { deliveryFileRoutes } from "../../deliveries/delivery-file-routes.ts";
import { deliveryRoutes } from "../../deliveries/delivery-routes.ts";
import { draftsRoutes } from "../../drafts/drafts-routes.ts";
import { receiptRoutes } from "../../receipts/receipt-routes.ts";
import { registryRoutes } from "../../registry/registry-routes.ts";
import { staffRoutes } from "../../staff/staff-routes.ts";
import { submissionsRoutes } from "../../submissions/submissions-routes.ts";
import { authRoutes } from "./auth-routes.ts";

/** The versioned REST API for integrators, under /api/v1: each domain registers its routes here. */
export const apiV1Routes: FastifyPluginAsyncZod<AppServices> = async (
  app,
  { db, env, events, links, receipts },
) => {
  const deps = { db, env }; // not the plugin options themselves: they carry the prefix
  await app.register(authRoutes, deps);
  await app.register(staffRoutes, { db });
  await app.register(citizenRoutes, deps);
  await app.register(registryRoutes, deps);
  await app.register(publicFormRoutes, { db });
  await app.register(publicCatalogRoutes, { db });
  await app.register(draftsRoutes, deps);
  await app.register(submissionsRoutes, { ...deps, events });
  await app.register(receiptRoutes, { db, receipts });
  await app.register(deliveryRoutes, { db, events });
  await app.register(deliveryFileRoutes, { db, links, receipts });
};
