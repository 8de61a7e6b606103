import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import type { Actor } from "./actor.ts";
import type { ApiKeyRole } from "./roles.ts";
import { createToken, hashToken } from "./tokens.ts";

const KEY_PREFIX = "civ_";

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  roles: ApiKeyRole[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates an API key scoped to one organisation. The key is returned once; only its hash is kept. */
export async function createApiKey(
  db: Kysely<Database>,
  input: { organisationId: string; name: string; roles: ApiKeyRole[] },
): Promise<{ key: string; summary: ApiKeySummary }> {
  const key = createToken(KEY_PREFIX);
  const row = await db
    .insertInto("api_keys")
    .values({
      organisation_id: input.organisationId,
      name: input.name,
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      key_hash: hashToken(key),
      roles: input.roles,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { key, summary: toSummary(row) };
}

export async function listApiKeys(db: Kysely<Database>, organisationId: string): Promise<ApiKeySummary[]> {
  const rows = await db
    .selectFrom("api_keys")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at")
    .execute();
  return rows.map(toSummary);
}

export async function revokeApiKey(db: Kysely<Database>, organisationId: string, id: string): Promise<void> {
  const result = await db
    .updateTable("api_keys")
    .set({ revoked_at: new Date() })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n)
    throw new AppError("not-found", "That API key does not exist or is already revoked");
}

/** The actor of a presented key, or undefined when it is unknown or revoked. */
export async function findApiKeyActor(db: Kysely<Database>, key: string): Promise<Actor | undefined> {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const row = await db
    .updateTable("api_keys")
    .set({ last_used_at: new Date() })
    .where("key_hash", "=", hashToken(key))
    .where("revoked_at", "is", null)
    .returning(["id", "organisation_id", "roles"])
    .executeTakeFirst();
  return row
    ? {
        type: "api-key",
        keyId: row.id,
        organisationId: row.organisation_id,
        roles: row.roles as ApiKeyRole[],
      }
    : undefined;
}

function toSummary(row: {
  id: string;
  name: string;
  prefix: string;
  roles: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    roles: row.roles as ApiKeyRole[],
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
