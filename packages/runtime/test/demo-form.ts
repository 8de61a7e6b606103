import { resolve } from "node:path";
import { type FormSpec, loadDefinitions } from "@civitas/definitions";
import { readDefinitionFiles } from "@civitas/definitions/node";

const FORMS = resolve(import.meta.dirname, "../../../service-definitions/forms");

/** A demo form of `service-definitions/`, loaded and checked as the server loads it. */
export function loadDemoForm(id: string): FormSpec {
  const { bundle, problems } = loadDefinitions(readDefinitionFiles([resolve(FORMS, `${id}.yaml`)]));
  const form = bundle.list("Form").find((located) => located.definition.metadata.id === id);
  if (!form) throw new Error(`no demo form ${id}: ${problems.map((problem) => problem.message).join("; ")}`);
  return form.definition.spec;
}
