import { resolve } from "node:path";
import { loadDefinitions } from "@civitas/definitions";
import { readDefinitionFiles } from "@civitas/definitions/node";
import type { Catalog, PublishedForm } from "../api/api-types.ts";

const DEMO = resolve(import.meta.dirname, "../../../../../service-definitions");

/** The demo municipality's catalog as `GET /organisations/dubova/catalog` answers it. */
export function demoCatalog(): Catalog {
  const { bundle } = loadDefinitions(readDefinitionFiles([DEMO]));
  const entries = (kind: "Organisation" | "Service" | "LifeSituation" | "Channel") =>
    bundle.list(kind).map(({ definition }) => {
      const { metadata, spec } = definition as { metadata: { id: string }; spec: unknown };
      return { id: metadata.id, version: 1, publishedAt: "2026-11-01T10:00:00.000Z", spec };
    });
  const [organisation] = entries("Organisation");
  if (!organisation) throw new Error("the demo definitions have no organisation");
  return {
    organisation,
    services: entries("Service"),
    lifeSituations: entries("LifeSituation"),
    channels: entries("Channel"),
    forms: bundle.list("Form").map(({ definition }) => ({
      id: definition.metadata.id,
      version: 1,
      name: definition.spec.name,
      allowAnonymous: definition.spec.submission.allowAnonymous,
    })),
  } as unknown as Catalog;
}

/** A demo form as `GET /organisations/dubova/forms/:form` answers it, optionally made anonymous. */
export function demoForm(
  id: string,
  options: { version?: number; allowAnonymous?: boolean } = {},
): PublishedForm {
  const { bundle } = loadDefinitions(readDefinitionFiles([DEMO]));
  const form = bundle.list("Form").find(({ definition }) => definition.metadata.id === id);
  if (!form) throw new Error(`no demo form ${id}`);
  const definition = structuredClone(form.definition.spec);
  if (options.allowAnonymous !== undefined) definition.submission.allowAnonymous = options.allowAnonymous;
  return {
    organisation: "dubova",
    organisationName: { cs: "Město Dubová", en: "Town of Dubová" },
    languages: ["cs", "en"],
    form: id,
    version: options.version ?? 1,
    definition,
  };
}
