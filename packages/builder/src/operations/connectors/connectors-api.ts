import type { Condition } from "@civitas/definitions";
import { apiRequest } from "@civitas/runtime";
import { orgPath } from "../shared/org-path.ts";

interface DocumentSummary {
  kind: string;
  id: string;
  latestVersion: number | null;
  archived: boolean;
}

type Content = Record<string, unknown>;

interface DocumentAnswer {
  kind: string;
  id: string;
  latest: { version: number; content: Content } | null;
  workingCopy: { state: string; content: Content } | null;
}

export interface RouteView {
  id: string;
  connector: string;
  when?: Condition;
  [setting: string]: unknown;
}

export interface FormRoutes {
  id: string;
  name: string;
  archived: boolean;
  /** The published version the routes come from; null when the form is not published yet. */
  version: number | null;
  routes: RouteView[];
  /** The working copy routes differently from the published version. */
  changedInWorkingCopy: boolean;
  /** Why the form could not be read, if it could not. */
  error?: string;
}

function routesOf(content: Content | undefined): RouteView[] {
  const spec = content?.spec as { submission?: { routes?: unknown } } | undefined;
  const routes = spec?.submission?.routes;
  return Array.isArray(routes)
    ? routes.filter((r): r is RouteView => r !== null && typeof r === "object" && "id" in r)
    : [];
}

function nameOf(content: Content | undefined, fallback: string): string {
  const name = (content?.spec as { name?: unknown } | undefined)?.name;
  if (typeof name === "string") return name;
  if (name && typeof name === "object") {
    const texts = name as Record<string, unknown>;
    const text = texts.en ?? Object.values(texts)[0];
    if (typeof text === "string") return text;
  }
  return fallback;
}

export const listForms = (org: string) =>
  apiRequest<{ documents: DocumentSummary[] }>(orgPath(org, "/documents?kind=Form")).then((answer) =>
    answer.documents.filter((d) => d.kind === "Form"),
  );

/** One form's routes: those published, else those of the working copy. */
export async function getFormRoutes(org: string, summary: DocumentSummary): Promise<FormRoutes> {
  const document = await apiRequest<DocumentAnswer>(
    orgPath(org, `/documents/Form/${encodeURIComponent(summary.id)}`),
  );
  const published = document.latest?.content;
  const working = document.workingCopy?.content;
  const routes = routesOf(published ?? working);
  return {
    id: summary.id,
    name: nameOf(published ?? working, summary.id),
    archived: summary.archived,
    version: document.latest?.version ?? null,
    routes,
    changedInWorkingCopy:
      published !== undefined &&
      working !== undefined &&
      JSON.stringify(routesOf(working)) !== JSON.stringify(routes),
  };
}
