import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compileForm } from "../compile/compile-form.ts";
import { KINDS } from "../constants.ts";
import { organisationOf } from "../load/definition-bundle.ts";
import { type LoadResult, loadDefinitions } from "../load/load-definitions.ts";
import { formatProblem } from "../load/problem.ts";
import { exportBundle } from "../node/export-bundle.ts";
import { readDefinitionFiles } from "../node/read-definition-files.ts";

const USAGE = `Usage: defs <command> [options] <files or folders...>

Commands:
  lint <paths...>                         check definitions; exit code 1 when there are errors
       --json                             print the problems as JSON
       --warnings-as-errors               also fail on warnings (e.g. missing translations)
  compile <paths...> --form ID --locale LANG [--fallback LANG]
                                          print the RJSF schema and UI schema of a form in one language
  export <paths...> [--out FILE]          print (or write) one JSON bundle of all definitions
`;

function load(paths: string[]): LoadResult | undefined {
  try {
    return loadDefinitions(readDefinitionFiles(paths));
  } catch (error) {
    console.error(`defs: cannot read ${paths.join(", ")}: ${(error as Error).message}`);
    return undefined;
  }
}

function summary(result: LoadResult): string {
  const counts = KINDS.map((kind) => [kind, result.bundle.list(kind).length] as const).filter(
    ([, count]) => count > 0,
  );
  return counts.map(([kind, count]) => `${count} ${kind}`).join(", ") || "no definitions";
}

function reportProblems(result: LoadResult): void {
  for (const problem of result.problems) console.error(formatProblem(problem));
}

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "warnings-as-errors": { type: "boolean", default: false },
      form: { type: "string" },
      locale: { type: "string" },
      fallback: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...paths] = positionals;
  if (values.help || !command || paths.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const result = load(paths);
  if (!result) return 2;

  if (command === "lint") {
    const errors = result.problems.filter((problem) => problem.severity === "error").length;
    const warnings = result.problems.length - errors;
    if (values.json) {
      console.log(JSON.stringify({ ok: result.ok, problems: result.problems }, null, 2));
    } else {
      reportProblems(result);
      console.log(`${paths.join(" ")}: ${summary(result)} — ${errors} error(s), ${warnings} warning(s)`);
    }
    return errors > 0 || (values["warnings-as-errors"] && warnings > 0) ? 1 : 0;
  }
  if (!result.ok) {
    reportProblems(result);
    console.error(`defs: fix the errors above before running ${command}`);
    return 1;
  }
  if (command === "compile") {
    if (!values.form || !values.locale) {
      console.error("defs compile needs --form ID and --locale LANG");
      return 2;
    }
    const form = result.bundle.list("Form").find((located) => located.definition.metadata.id === values.form);
    if (!form) {
      const ids = result.bundle.list("Form").map((located) => located.definition.metadata.id);
      console.error(`defs: there is no form \`${values.form}\`; the forms are ${ids.join(", ") || "none"}`);
      return 1;
    }
    const owner = organisationOf(form.definition);
    const organisation = result.bundle.find("Organisation", owner, owner);
    const fallbackLocale = values.fallback ?? organisation?.definition.spec.languages[0];
    const compiled = compileForm(form.definition.spec, {
      locale: values.locale,
      ...(fallbackLocale ? { fallbackLocale } : {}),
    });
    console.log(JSON.stringify(compiled, null, 2));
    return 0;
  }
  if (command === "export") {
    const json = `${JSON.stringify(exportBundle(result.bundle), null, 2)}\n`;
    if (values.out) writeFileSync(values.out, json);
    else process.stdout.write(json);
    return 0;
  }
  console.error(`defs: unknown command \`${command}\`\n\n${USAGE}`);
  return 2;
}
