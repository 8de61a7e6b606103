import { loadDefinitions } from "@civitas/definitions";
import type { Content, DefinitionProblem } from "./registry-api.ts";

export const documentPath = (kind: string, id: string) => `${kind}/${id}.json`;

/** The document as the one JSON source both checks read. */
export const sourceOf = (content: Content) => JSON.stringify(content, null, 2);

export interface LocalCheck {
  kind: string;
  id: string;
  content: Content;
  organisation: Content | null;
}

/**
 * The loader's own checks, run in the browser: the organisation's document comes along so the
 * languages and its reference are known; references to other documents are left to the server.
 */
export function checkLocally({ kind, id, content, organisation }: LocalCheck): DefinitionProblem[] {
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
