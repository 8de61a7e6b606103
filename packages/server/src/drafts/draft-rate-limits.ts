import type { FastifyRequest } from "fastify";

const keyOf = (request: FastifyRequest) =>
  request.actor.type === "citizen" ? `citizen:${request.actor.subject}` : `ip:${request.ip}`;

/**
 * Rate limit of each route that accepts a resume token. Signed-in citizens are counted each on their
 * own and get more room (autosave while typing); everyone else is counted by address.
 */
export const resumeRateLimit = {
  timeWindow: "1 minute",
  max: (request: FastifyRequest) => (request.actor.type === "citizen" ? 600 : 120),
  keyGenerator: keyOf,
};

/** Starting drafts: each anonymous one stores a row, so addresses without a sign-in get less room. */
export const createDraftRateLimit = {
  timeWindow: "1 minute",
  max: (request: FastifyRequest) => (request.actor.type === "citizen" ? 120 : 30),
  keyGenerator: keyOf,
};
