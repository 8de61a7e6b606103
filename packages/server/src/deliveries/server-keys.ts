import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * A random key shared by every server process, made by the first one that asks for it. Used where
 * one process signs and any other may check (download links given to receivers).
 */
export async function sharedServerKey(db: Kysely<Database>, name: string): Promise<Buffer> {
  await db
    .insertInto("server_keys")
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db
    .selectFrom("server_keys")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, "base64url");
}
