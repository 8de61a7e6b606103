import type { Registry } from "@rjsf/utils";

/** What the catalog editor's own fields need from the editor, passed through RJSF's form context. */
export interface CatalogContext {
  languages: readonly string[];
}

export function catalogContextOf(registry: Registry): CatalogContext {
  const context = registry.formContext as Partial<CatalogContext> | undefined;
  return { languages: context?.languages ?? ["cs", "en"] };
}
