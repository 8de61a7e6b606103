/** The part of `localStorage` the tokens are kept in (injected in tests). */
export type TokenStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface AnonymousDraft {
  draftId: string;
  token: string;
}

const draftKey = (organisation: string, form: string) => `civitas-anonymous-draft:${organisation}/${form}`;
const submissionKey = (id: string) => `civitas-submission-token:${id}`;

/**
 * What a person who is not signed in needs to find their things again on this device: per form the
 * anonymous draft and its resume token, per submission the token that opens it. Storage that is full
 * or disabled loses them, never the page.
 */
export function resumeTokens(storage: TokenStorage | undefined = globalThis.localStorage) {
  const read = (key: string) => {
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const write = (key: string, value: string | undefined) => {
    try {
      if (value === undefined) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {
      // Only this device's memory of it is lost.
    }
  };
  return {
    draft(organisation: string, form: string): AnonymousDraft | undefined {
      try {
        const kept = JSON.parse(read(draftKey(organisation, form)) ?? "null") as AnonymousDraft | null;
        return kept && typeof kept.draftId === "string" && typeof kept.token === "string" ? kept : undefined;
      } catch {
        return undefined;
      }
    },
    keepDraft: (organisation: string, form: string, draft: AnonymousDraft | undefined) =>
      write(draftKey(organisation, form), draft ? JSON.stringify(draft) : undefined),
    submission: (id: string) => read(submissionKey(id)),
    keepSubmission: (id: string, token: string) => write(submissionKey(id), token),
  };
}

export type ResumeTokens = ReturnType<typeof resumeTokens>;
