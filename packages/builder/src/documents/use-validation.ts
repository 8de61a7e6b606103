import { useEffect, useMemo, useRef, useState } from "react";
import { sameProblems } from "../form-builder/model/problems-by-field.ts";
import { documentPath, sourceOf } from "./check-locally.ts";
import { createLocalChecker, type LocalChecker } from "./local-checker.ts";
import { type Content, type DefinitionProblem, validateDefinitions } from "./registry-api.ts";

const SERVER_DELAY_MS = 800;

const keyOf = (problem: DefinitionProblem) => `${problem.pointer}|${problem.code}|${problem.message}`;

interface Checked {
  for: Content | null;
  problems: DefinitionProblem[];
}

export interface Validation {
  problems: DefinitionProblem[];
  /** The content these problems are about (it lags behind typing a little). */
  checked: Content | null;
  /** True while the server's check of the latest content has not answered. */
  pending: boolean;
}

/**
 * Problems of the document as it is typed: the loader's checks in a worker (the newest content
 * each time the previous check answers), and the server's for references a moment after typing stops.
 */
export function useValidation(
  organisationId: string,
  kind: string,
  id: string,
  content: Content | null,
  organisation: Content | null,
): Validation {
  const [checker, setChecker] = useState<LocalChecker | null>(null);
  const [local, setLocal] = useState<Checked>({ for: null, problems: [] });
  const [server, setServer] = useState<Checked | null>(null);

  useEffect(() => {
    const created = createLocalChecker();
    setChecker(created);
    return () => created.close();
  }, []);

  // Checks answer in order, so each answer is about newer content than the one before; while
  // typing goes on, the problems follow a check behind.
  const document = `${kind}/${id}`;
  const shownFor = useRef(document);
  shownFor.current = document;
  useEffect(() => {
    if (!checker || !content) return;
    checker.check({ kind, id, content, organisation }).then((problems) => {
      if (problems && shownFor.current === document) setLocal({ for: content, problems });
    });
  }, [checker, document, kind, id, content, organisation]);

  useEffect(() => {
    if (!content) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      validateDefinitions(
        organisationId,
        [{ path: documentPath(kind, id), text: sourceOf(content) }],
        controller.signal,
      )
        .then((result) => setServer({ for: content, problems: result.problems }))
        .catch(() => undefined);
    }, SERVER_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [organisationId, kind, id, content]);

  const combined = useMemo(() => {
    const seen = new Set(local.problems.map(keyOf));
    const fromServer = (server?.for === local.for ? (server?.problems ?? []) : []).filter(
      (problem) => problem.file === documentPath(kind, id) && !seen.has(keyOf(problem)),
    );
    return [...local.problems, ...fromServer];
  }, [local, server, kind, id]);
  // The same problems as before keep their list, so what shows them is not rendered again.
  const previous = useRef(combined);
  if (combined !== previous.current && !sameProblems(combined, previous.current)) previous.current = combined;
  const problems = previous.current;

  return useMemo(
    () => ({ problems, checked: local.for, pending: server?.for !== content }),
    [problems, local.for, server, content],
  );
}
