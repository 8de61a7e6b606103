import { loadDefinitions } from "@civitas/definitions";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { type Content, type DefinitionProblem, validateDefinitions } from "./registry-api.ts";

const SERVER_DELAY_MS = 800;

export const documentPath = (kind: string, id: string) => `${kind}/${id}.json`;

/** The document as the one JSON source both checks read. */
export const sourceOf = (content: Content) => JSON.stringify(content, null, 2);

/**
 * The loader's own checks, run in the browser: the organisation's document comes along so the
 * languages and its reference are known; references to other documents are left to the server.
 */
export function checkLocally(
  kind: string,
  id: string,
  content: Content,
  organisation: Content | null,
): DefinitionProblem[] {
  const path = documentPath(kind, id);
  const files = [{ path, text: sourceOf(content) }];
  if (organisation && kind !== "Organisation")
    files.push({ path: "organisation.json", text: sourceOf(organisation) });
  const { problems } = loadDefinitions(files);
  const own = problems.filter((problem) => problem.file === path && problem.code !== "broken-reference");
  const metadata = content.metadata as { id?: unknown } | undefined;
  if (content.kind !== kind)
    own.push(identity(path, "/kind", `this is a ${String(content.kind)}, but the document is a ${kind}`));
  else if (metadata?.id !== id)
    own.push(
      identity(path, "/metadata/id", `the id is \`${String(metadata?.id)}\`, but this document is \`${id}\``),
    );
  return own;
}

const identity = (file: string, pointer: string, message: string): DefinitionProblem => ({
  severity: "error",
  code: "wrong-document",
  message,
  file,
  line: 0,
  column: 0,
  pointer,
});

const keyOf = (problem: DefinitionProblem) => `${problem.pointer}|${problem.code}|${problem.message}`;

export interface Validation {
  problems: DefinitionProblem[];
  /** The content these problems are about (it lags behind typing a little). */
  checked: Content | null;
  /** True while the server's check of the latest content has not answered. */
  pending: boolean;
}

/** Problems of the document as it is typed: the loader in the browser, and the server for references. */
export function useValidation(
  organisationId: string,
  kind: string,
  id: string,
  content: Content | null,
  organisation: Content | null,
): Validation {
  const deferred = useDeferredValue(content);
  const local = useMemo(
    () => (deferred ? checkLocally(kind, id, deferred, organisation) : []),
    [kind, id, deferred, organisation],
  );
  const [server, setServer] = useState<{ for: Content | null; problems: DefinitionProblem[] } | null>(null);

  useEffect(() => {
    if (!deferred) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      validateDefinitions(
        organisationId,
        [{ path: documentPath(kind, id), text: sourceOf(deferred as Content) }],
        controller.signal,
      )
        .then((result) => setServer({ for: deferred, problems: result.problems }))
        .catch(() => undefined);
    }, SERVER_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [organisationId, kind, id, deferred]);

  return useMemo(() => {
    const seen = new Set(local.map(keyOf));
    const fromServer = (server?.for === deferred ? server.problems : []).filter(
      (problem) => problem.file === documentPath(kind, id) && !seen.has(keyOf(problem)),
    );
    return { problems: [...local, ...fromServer], checked: deferred, pending: server?.for !== deferred };
  }, [local, server, deferred, kind, id]);
}
