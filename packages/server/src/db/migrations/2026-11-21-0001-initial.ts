import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`now()`;
  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("staff_users")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("staff_users.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("roles", sql`text[]`, (c) => c.notNull())
    .addPrimaryKeyConstraint("memberships_pk", ["user_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("staff_sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("staff_users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("api_keys")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("key_hash", "text", (c) => c.notNull().unique())
    .addColumn("roles", sql`text[]`, (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("last_used_at", "timestamptz")
    .addColumn("revoked_at", "timestamptz")
    .execute();

  await db.schema
    .createTable("documents")
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("archived_at", "timestamptz")
    .addPrimaryKeyConstraint("documents_pk", ["organisation_id", "kind", "id"])
    .execute();

  await db.schema
    .createTable("document_versions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("content", "json", (c) => c.notNull()) // json, not jsonb: keeps key order (field order)
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.notNull())
    .addColumn("published_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("document_versions_number", ["organisation_id", "kind", "document_id", "version"])
    .addForeignKeyConstraint(
      "document_versions_document",
      ["organisation_id", "kind", "document_id"],
      "documents",
      ["organisation_id", "kind", "id"],
    )
    .execute();

  await db.schema
    .createTable("working_copies")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull())
    .addColumn("content", "json", (c) => c.notNull()) // json, not jsonb: keeps key order (field order)
    .addColumn("state", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("base_version", "integer")
    .addColumn("publish_at", "timestamptz")
    .addColumn("comment", "text")
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("working_copies_pk", ["organisation_id", "kind", "document_id"])
    .addForeignKeyConstraint(
      "working_copies_document",
      ["organisation_id", "kind", "document_id"],
      "documents",
      ["organisation_id", "kind", "id"],
    )
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("kind", "text")
    .addColumn("document_id", "text")
    .addColumn("detail", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex("audit_log_document")
    .on("audit_log")
    .columns(["organisation_id", "kind", "document_id"])
    .execute();

  await db.schema
    .createTable("drafts")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("form_id", "text", (c) => c.notNull())
    .addColumn("form_version_id", "uuid", (c) => c.notNull().references("document_versions.id"))
    .addColumn("owner_subject", "text")
    .addColumn("resume_token_hash", "text", (c) => c.unique())
    .addColumn("data", "jsonb", (c) => c.notNull())
    .addColumn("page", "text")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addCheckConstraint("drafts_owner", sql`owner_subject is not null or resume_token_hash is not null`)
    .execute();
  await db.schema
    .createIndex("drafts_owner_subject")
    .on("drafts")
    .columns(["organisation_id", "owner_subject"])
    .execute();

  await db.schema
    .createTable("submissions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("form_id", "text", (c) => c.notNull())
    .addColumn("form_version_id", "uuid", (c) => c.notNull().references("document_versions.id"))
    .addColumn("case_number", "text", (c) => c.notNull())
    .addColumn("owner_subject", "text")
    .addColumn("resume_token_hash", "text")
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("data", "jsonb", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("external_reference", "text")
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("submissions_case_number", ["organisation_id", "case_number"])
    .addUniqueConstraint("submissions_idempotency_key", ["organisation_id", "idempotency_key"])
    .execute();
  await db.schema;
  await db.schema
    .createIndex("submissions_owner_subject")
    .on("submissions")
    .columns(["owner_subject", "submitted_at"])
    .execute();
  await db.schema
    .createIndex("submissions_resume_token")
    .on("submissions")
    .column("resume_token_hash")
    .execute();

  await db.schema
    .createTable("case_state_history")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("submission_id", "uuid", (c) => c.notNull().references("submissions.id").onDelete("cascade"))
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex("case_state_history_submission")
    .on("case_state_history")
    .column("submission_id")
    .execute();

  await db.schema
    .createTable("case_counters")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("value", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("case_counters_pk", ["organisation_id", "scope"])
    .execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("submission_id", "uuid", (c) => c.notNull().references("submissions.id").onDelete("cascade"))
    .addColumn("route_id", "text", (c) => c.notNull())
    .addColumn("connector", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("last_error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("delivered_at", "timestamptz")
    .addUniqueConstraint("outbox_route", ["submission_id", "route_id"])
    .execute();
  await db.schema.createIndex("outbox_due").on("outbox").columns(["state", "next_attempt_at"]).execute();

  await db.schema
    .createTable("attachments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("draft_id", "uuid", (c) => c.references("drafts.id").onDelete("set null"))
    .addColumn("submission_id", "uuid", (c) => c.references("submissions.id").onDelete("cascade"))
    .addColumn("field_path", "text", (c) => c.notNull())
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("content", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("attachments_draft").on("attachments").column("draft_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "attachments",
    "outbox",
    "case_counters",
    "case_state_history",
    "submissions",
    "drafts",
    "audit_log",
    "working_copies",
    "document_versions",
    "documents",
    "api_keys",
    "staff_sessions",
    "memberships",
    "staff_users",
    "organisations",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
