import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Actor } from "../auth/actor.ts";
import { createToken, hashToken } from "../auth/tokens.ts";
import type { Database } from "../db/schema.ts";

export const CITIZEN_COOKIE = "civitas_citizen";

/**
 * Opens a citizen session for an identity an identity provider vouched for. The subject is the
 * provider's stable pseudonym of the person; drafts and submissions are owned by it.
 */
export async function createCitizenSession(
  db: Kysely<Database>,
  identity: { subject: string; name: string; provider: string },
  ttlHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = createToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await db
    .insertInto("citizen_sessions")
    .values({
      token_hash: hashToken(token),
      subject: identity.subject,
      name: identity.name,
      provider: identity.provider,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

/** A subject from the demo identity provider: a new pseudonymous person each sign-in. */
export const demoSubject = () => `demo:${randomUUID()}`;

export async function findCitizenActor(db: Kysely<Database>, token: string): Promise<Actor | undefined> {
  const row = await db
    .selectFrom("citizen_sessions")
    .select(["subject", "name", "expires_at"])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || new Date(row.expires_at) <= new Date()) return undefined;
  return { type: "citizen", subject: row.subject, name: row.name };
}

export async function deleteCitizenSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom("citizen_sessions").where("token_hash", "=", hashToken(token)).execute();
}
