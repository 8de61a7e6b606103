import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { errors, OrganisationParam } from "../http/schemas.ts";
import type { PlatformEvents } from "../platform-events.ts";
import { getDelivery, listDeliveries, replayDeliveries } from "./delivery-queries.ts";
import {
  DeliveriesQuery,
  DeliveryView,
  DeliveryWithHistory,
  ReplayBody,
  Replayed,
} from "./delivery-schemas.ts";

const DeliveryParams = OrganisationParam.extend({ id: z.coerce.number().int().positive() });

/** Delivery state of an organisation's submissions, and replay of dead letters (admins). */
export const deliveryRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; events: PlatformEvents }> = async (
  app,
  { db, events },
) => {
  app.get(
    "/organisations/:organisation/deliveries",
    {
      schema: {
        tags: ["deliveries"],
        summary: "List deliveries of submissions to the back-office routes, newest first",
        params: OrganisationParam,
        querystring: DeliveriesQuery,
        response: { 200: z.object({ deliveries: z.array(DeliveryView) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { state, submission, limit } = request.query;
      const deliveries = await listDeliveries(db, request.actor, request.params.organisation, {
        state,
        submissionId: submission,
        limit,
      });
      return { deliveries };
    },
  );

  app.get(
    "/organisations/:organisation/deliveries/:id",
    {
      schema: {
        tags: ["deliveries"],
        summary: "A delivery with every attempt made at it",
        params: DeliveryParams,
        response: { 200: DeliveryWithHistory, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getDelivery(db, request.actor, request.params.organisation, request.params.id),
  );

  app.post(
    "/organisations/:organisation/deliveries/:id/replay",
    {
      schema: {
        tags: ["deliveries"],
        summary: "Send a dead (or retrying) delivery again now, with its attempts counted afresh",
        description: "A delivered delivery is never sent twice: 409.",
        params: DeliveryParams,
        response: { 200: Replayed, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const replayed = await replayDeliveries(db, request.actor, request.params.organisation, {
        id: request.params.id,
      });
      events.deliveriesDue();
      return { replayed };
    },
  );

  app.post(
    "/organisations/:organisation/deliveries/replay",
    {
      schema: {
        tags: ["deliveries"],
        summary: "Send every dead delivery (of one route, optionally) again now",
        params: OrganisationParam,
        body: ReplayBody.nullish(),
        response: { 200: Replayed, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const replayed = await replayDeliveries(db, request.actor, request.params.organisation, {
        state: request.body?.state ?? "dead",
        routeId: request.body?.route,
      });
      events.deliveriesDue();
      return { replayed };
    },
  );
};
