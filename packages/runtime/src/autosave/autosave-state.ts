/**
 * Where a draft's autosave stands:
 * - `saved`: the server holds the latest answers;
 * - `pending`: answers changed and will be saved in a moment;
 * - `saving`: a save is on its way;
 * - `offline`: the network is down; the answers are kept on this device and sent when it is back;
 * - `error`: the server refused or failed the save (`error` says why); retried with backoff when it failed;
 * - `conflict`: another tab or device saved a newer revision; nothing more is saved until the person reloads;
 * - `expired`: the draft no longer exists on the server.
 */
export type AutosaveStatus = "saved" | "pending" | "saving" | "offline" | "error" | "conflict" | "expired";

export interface AutosaveState {
  status: AutosaveStatus;
  /** The revision the next save is based on: the last one read or saved. */
  revision: number;
  /** When the server deletes the draft unless it is saved again (each save moves it on). */
  expiresAt?: Date;
  /** When the answers were last saved by this page. */
  savedAt?: Date;
  /** With `conflict`: the revision now on the server, to load instead. */
  conflict?: { currentRevision: number; updatedAt?: Date };
  /** With `error`: the server's words. */
  error?: string;
}
