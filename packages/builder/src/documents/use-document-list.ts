import { useEffect, useState } from "react";
import { type DocumentDetail, type DocumentSummary, getDocument, listDocuments } from "./registry-api.ts";

export interface ListedDocument extends DocumentSummary {
  name?: string | undefined;
  changedBy?: string | undefined;
  changedAt?: string | undefined;
  content?: Record<string, unknown> | undefined;
}

function describe(summary: DocumentSummary, detail: DocumentDetail): ListedDocument {
  const content = detail.workingCopy?.content ?? detail.latest?.content;
  const spec = content?.spec as { name?: unknown } | undefined;
  const name = spec?.name as Record<string, string> | undefined;
  return {
    ...summary,
    name: name ? (name.en ?? Object.values(name)[0]) : undefined,
    changedBy: detail.workingCopy?.updatedBy ?? detail.latest?.publishedBy,
    changedAt: detail.workingCopy?.updatedAt ?? detail.latest?.publishedAt,
    content,
  };
}

/**
 * The organisation's documents; names and who changed them last are filled in as each document's
 * details arrive (the list itself carries neither).
 */
export function useDocumentList(organisation: string) {
  const [documents, setDocuments] = useState<ListedDocument[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setDocuments(null);
    setError(null);
    listDocuments(organisation)
      .then(async (summaries) => {
        if (!live) return;
        setDocuments(summaries);
        const queue = [...summaries.keys()];
        const worker = async () => {
          for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
            const summary = summaries[index] as DocumentSummary;
            const detail = await getDocument(organisation, summary.kind, summary.id).catch(() => null);
            if (!live || !detail) continue;
            setDocuments(
              (current) =>
                current?.map((item, at) => (at === index ? describe(summary, detail) : item)) ?? current,
            );
          }
        };
        await Promise.all(Array.from({ length: 6 }, worker));
      })
      .catch((failure: Error) => live && setError(failure.message));
    return () => {
      live = false;
    };
  }, [organisation]);

  return { documents, error };
}
