import type { Kind } from "../constants.ts";
import type { Definition } from "../model/document.ts";
import type { SourceDocument } from "./parse-source.ts";

export type DefinitionOf<K extends Kind> = Extract<Definition, { kind: K }>;

/** A valid definition and where it was written. */
export interface LocatedDefinition<D extends Definition = Definition> {
  definition: D;
  source: SourceDocument;
}

/** The organisation a document belongs to: its own id for an Organisation. */
export const organisationOf = (definition: Definition): string =>
  definition.kind === "Organisation" ? definition.metadata.id : (definition.metadata.organisation ?? "");

/** The valid definitions of a load, found by kind, organisation and id. */
export class DefinitionBundle {
  readonly #byKey = new Map<string, LocatedDefinition>();

  constructor(readonly definitions: readonly LocatedDefinition[]) {
    for (const located of definitions) {
      const key = DefinitionBundle.key(
        located.definition.kind,
        organisationOf(located.definition),
        located.definition.metadata.id,
      );
      if (!this.#byKey.has(key)) this.#byKey.set(key, located);
    }
  }

  static key(kind: Kind, organisation: string, id: string): string {
    return `${kind}\u0000${organisation}\u0000${id}`;
  }

  find<K extends Kind>(
    kind: K,
    organisation: string,
    id: string,
  ): LocatedDefinition<DefinitionOf<K>> | undefined {
    return this.#byKey.get(DefinitionBundle.key(kind, organisation, id)) as
      | LocatedDefinition<DefinitionOf<K>>
      | undefined;
  }

  list<K extends Kind>(kind: K): Array<LocatedDefinition<DefinitionOf<K>>> {
    return this.definitions.filter((located) => located.definition.kind === kind) as Array<
      LocatedDefinition<DefinitionOf<K>>
    >;
  }
}
