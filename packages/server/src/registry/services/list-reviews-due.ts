import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { listReviewDates } from "../repositories/list-review-dates.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";

const DAY_MS = 86_400_000;

const isTexts = (value: unknown): value is Record<string, string> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((text) => typeof text === "string");

const responsibleOf = (value: unknown): string | null => {
  if (typeof value !== "object" || value === null) return null;
  const { name, email } = value as { name?: unknown; email?: unknown };
  if (typeof name === "string" && typeof email === "string") return `${name} <${email}>`;
  return typeof name === "string" ? name : typeof email === "string" ? email : null;
};

/**
 * Published documents whose content is due to be checked again within `within` days, or is overdue,
 * soonest first. Dates are calendar days in UTC, as the definitions write them (YYYY-MM-DD).
 */
export async function listReviewsDue(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  { within, now = new Date() }: { within: number; now?: Date },
) {
  requireRole(actor, organisationId, REGISTRY_ROLES.read);
  const today = now.toISOString().slice(0, 10);
  const until = new Date(now.getTime() + within * DAY_MS).toISOString().slice(0, 10);
  const rows = await listReviewDates(db, organisationId, until);
  return rows.map((row) => ({
    kind: row.kind,
    id: row.id,
    name: isTexts(row.name) ? row.name : null,
    version: row.version,
    reviewBy: row.review_by ?? "",
    responsible: responsibleOf(row.responsible),
    overdue: (row.review_by ?? "") < today,
  }));
}
