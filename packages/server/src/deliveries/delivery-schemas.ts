import { z } from "zod";
import { DELIVERY_STATES } from "./outbox-repository.ts";

export const DeliveryState = z.enum(DELIVERY_STATES);

export const DeliveryView = z
  .object({
    id: z.number().int(),
    submissionId: z.uuid(),
    caseNumber: z.string(),
    formId: z.string(),
    routeId: z.string(),
    connector: z.string(),
    state: DeliveryState.describe("pending (due or retrying), delivered, or dead (waiting for a replay)"),
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable(),
    lastAttemptAt: z.iso.datetime().nullable(),
    lastError: z.string().nullable(),
    reference: z.string().nullable().describe("What the receiver called it, e.g. a filing-service reference"),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Delivery" });

export const DeliveryWithHistory = DeliveryView.extend({
  history: z.array(
    z.object({
      attempt: z.number().int(),
      outcome: z.enum(["delivered", "failed", "dead"]),
      detail: z.string().nullable(),
      durationMs: z.number().int(),
      at: z.iso.datetime(),
    }),
  ),
}).meta({ id: "DeliveryWithHistory" });

export const DeliveriesQuery = z.object({
  state: DeliveryState.optional(),
  submission: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ReplayBody = z
  .object({
    state: z.enum(["dead", "pending"]).default("dead").describe("Replay every delivery in this state"),
    route: z.string().min(1).max(80).optional().describe("Only this route's"),
  })
  .prefault({});

export const Replayed = z.object({ replayed: z.array(z.number().int()) });
