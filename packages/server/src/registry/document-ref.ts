import { KINDS, type Kind } from "@civitas/definitions";
import { AppError } from "../errors/app-error.ts";

/** One document of the registry: its organisation, kind and id. */
export interface DocumentRef {
  organisationId: string;
  kind: Kind;
  documentId: string;
}

/** The document named by a request; an unknown kind is "not found", like an unknown id. */
export function toDocumentRef(params: { organisation: string; kind: string; id: string }): DocumentRef {
  if (!(KINDS as readonly string[]).includes(params.kind)) {
    throw new AppError("not-found", `There is no kind \`${params.kind}\`; the kinds are ${KINDS.join(", ")}`);
  }
  return { organisationId: params.organisation, kind: params.kind as Kind, documentId: params.id };
}

/** How messages name a document, e.g. "Service `parking-permit`". */
export const describeDocument = (ref: DocumentRef) => `${ref.kind} \`${ref.documentId}\``;
