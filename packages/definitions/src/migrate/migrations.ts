import { API_VERSION } from "../constants.ts";

/**
 * One step of the format's history: turns a document written for `from` into one for `to`.
 * Steps are pure functions of the raw document (frozen in time: never import the current model).
 */
export interface Migration {
  from: string;
  to: string;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The format's migrations, oldest first. `civitas/v1` is the first format; when it changes, add a
 * step here (e.g. `{ from: "civitas/v1", to: "civitas/v2", migrate }`) with its own test.
 */
export const MIGRATIONS: readonly Migration[] = [];

export const CURRENT_API_VERSION = API_VERSION;
