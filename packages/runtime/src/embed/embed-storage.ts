import type { DraftStorage } from "../autosave/local-draft-copy.ts";
import type { SubmittedCase } from "./embed-api.ts";

/** What the portal's browser keeps of one embedded form: the draft being filled, or the case it became. */
export type KeptEmbed =
  | { draftId: string; resumeToken: string }
  | { submitted: SubmittedCase & { resumeToken: string } };

/**
 * The embed's record in the portal origin's storage, one per server, organisation and form, so that
 * a reload (or a later visit) resumes the draft or shows the confirmation again. A storage that is
 * full, disabled or absent only loses the resumption, never the form.
 */
export function embedStorage(
  storage: DraftStorage | undefined,
  where: { server: string; organisation: string; form: string },
) {
  const key = `civitas-embed:${where.server}|${where.organisation}|${where.form}`;
  return {
    read(): KeptEmbed | undefined {
      try {
        const kept = JSON.parse(storage?.getItem(key) ?? "null") as {
          draftId?: unknown;
          resumeToken?: unknown;
          submitted?: { caseNumber?: unknown; resumeToken?: unknown };
        } | null;
        if (typeof kept?.draftId === "string" && typeof kept.resumeToken === "string")
          return { draftId: kept.draftId, resumeToken: kept.resumeToken };
        const submitted = kept?.submitted;
        if (typeof submitted?.caseNumber === "string" && typeof submitted.resumeToken === "string")
          return { submitted: submitted as SubmittedCase & { resumeToken: string } };
        return undefined;
      } catch {
        return undefined;
      }
    },
    write(kept: KeptEmbed): void {
      try {
        storage?.setItem(key, JSON.stringify(kept));
      } catch {
        // Without storage the draft is still saved on the server; only a reload cannot find it.
      }
    },
    clear(): void {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to clear.
      }
    },
  };
}

export type EmbedStorage = ReturnType<typeof embedStorage>;
