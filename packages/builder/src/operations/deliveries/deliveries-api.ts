import { apiRequest } from "@civitas/runtime";
import { orgPath } from "../shared/org-path.ts";

/** The server's delivery states (packages/server/src/deliveries/outbox-repository.ts). */
export const DELIVERY_STATES = ["pending", "delivered", "dead"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = {
  pending: "pending (due or retrying)",
  delivered: "delivered",
  dead: "dead (waiting for a replay)",
};

export interface Delivery {
  id: number;
  submissionId: string;
  caseNumber: string;
  formId: string;
  routeId: string;
  connector: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  reference: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveryAttempt {
  attempt: number;
  outcome: "delivered" | "failed" | "dead";
  detail: string | null;
  durationMs: number;
  at: string;
}

export const listDeliveries = (org: string, state: DeliveryState | "") =>
  apiRequest<{ deliveries: Delivery[] }>(
    orgPath(org, `/deliveries${state ? `?state=${encodeURIComponent(state)}` : ""}`),
  ).then((answer) => answer.deliveries);

export const getDelivery = (org: string, id: number) =>
  apiRequest<Delivery & { history: DeliveryAttempt[] }>(orgPath(org, `/deliveries/${id}`));

export const replayDelivery = (org: string, id: number) =>
  apiRequest<{ replayed: number[] }>(orgPath(org, `/deliveries/${id}/replay`), { method: "POST" }).then(
    (answer) => answer.replayed,
  );

export const replayDeadDeliveries = (org: string) =>
  apiRequest<{ replayed: number[] }>(orgPath(org, "/deliveries/replay"), {
    method: "POST",
    body: { state: "dead" },
  }).then((answer) => answer.replayed);
