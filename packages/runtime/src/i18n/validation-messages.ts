import type { RuntimeLocale } from "./runtime-messages.ts";

/** What a message is written from: an ajv error, with `parentSchema` (the validator runs with `verbose`). */
export interface ValidationProblem {
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: Record<string, unknown>;
}

type Write = (problem: ValidationProblem) => string | undefined;

/** Czech plural forms: 1 / 2–4 / 5 and more. */
const cz = (n: number, one: string, few: string, many: string) =>
  n === 1 ? one : n >= 2 && n <= 4 ? few : many;

const limit = (problem: ValidationProblem) => Number(problem.params.limit);

/** What kind of answer the error is about, which decides how the request is worded. */
function answerKind(problem: ValidationProblem): "file" | "choice" | "confirm" | "text" {
  const properties = problem.parentSchema?.properties as Record<string, Record<string, unknown>> | undefined;
  // ajv quotes the name of a missing property: `'citizenship'`.
  const missing = String(problem.params.missingProperty).replace(/^'(.*)'$/, "$1");
  const field = problem.keyword === "required" ? properties?.[missing] : problem.parentSchema;
  if (field?.format === "attachment") return "file";
  if (field?.type === "boolean" && Array.isArray(field.enum)) return "confirm";
  if (Array.isArray(field?.enum) || field?.type === "boolean") return "choice";
  return "text";
}

/**
 * Messages for the error keywords the platform's forms use, written for the person filling the form
 * rather than for a developer (no regular expressions, no JSON Schema words). Returns undefined for
 * a keyword it has no message for.
 */
export const VALIDATION_MESSAGES: Record<RuntimeLocale, Write> = {
  cs: (problem) => {
    const n = limit(problem);
    switch (problem.keyword) {
      case "required":
        return {
          file: "Přiložte soubor.",
          choice: "Vyberte jednu z možností.",
          confirm: "Zaškrtnutím potvrďte.",
          text: "Vyplňte toto pole.",
        }[answerKind(problem)];
      case "minLength":
        return n <= 1 ? "Vyplňte toto pole." : `Zadejte alespoň ${n} ${cz(n, "znak", "znaky", "znaků")}.`;
      case "maxLength":
        return `Zadejte nejvýše ${n} ${cz(n, "znak", "znaky", "znaků")}.`;
      case "pattern":
        return "Zkontrolujte, zda je údaj zapsán ve správném tvaru.";
      case "format":
        if (problem.params.format === "date") return "Zadejte platné datum.";
        if (problem.params.format === "email") return "Zadejte e-mailovou adresu ve tvaru jmeno@example.cz.";
        return "Zkontrolujte, zda je údaj zapsán ve správném tvaru.";
      case "enum":
      case "const":
        return answerKind(problem) === "confirm"
          ? "Zaškrtnutím potvrďte."
          : "Vyberte jednu z nabízených možností.";
      case "minItems":
        return `Uveďte alespoň ${n} ${cz(n, "položku", "položky", "položek")}.`;
      case "maxItems":
        return `Uveďte nejvýše ${n} ${cz(n, "položku", "položky", "položek")}.`;
      case "minimum":
        return `Zadejte číslo ${problem.params.limit} nebo větší.`;
      case "maximum":
        return `Zadejte číslo ${problem.params.limit} nebo menší.`;
      case "exclusiveMinimum":
        return `Zadejte číslo větší než ${problem.params.limit}.`;
      case "exclusiveMaximum":
        return `Zadejte číslo menší než ${problem.params.limit}.`;
      case "type":
        return problem.params.type === "integer"
          ? "Zadejte celé číslo."
          : problem.params.type === "number"
            ? "Zadejte číslo."
            : undefined;
      default:
        return undefined;
    }
  },
  en: (problem) => {
    const n = limit(problem);
    const items = (count: number) => `${count} ${count === 1 ? "item" : "items"}`;
    switch (problem.keyword) {
      case "required":
        return {
          file: "Attach a file.",
          choice: "Choose one of the options.",
          confirm: "Tick the box to confirm.",
          text: "Fill in this field.",
        }[answerKind(problem)];
      case "minLength":
        return n <= 1 ? "Fill in this field." : `Enter at least ${n} characters.`;
      case "maxLength":
        return `Enter no more than ${n} characters.`;
      case "pattern":
        return "Check that this is written in the right form.";
      case "format":
        if (problem.params.format === "date") return "Enter a valid date.";
        if (problem.params.format === "email") return "Enter an e-mail address like name@example.com.";
        return "Check that this is written in the right form.";
      case "enum":
      case "const":
        return answerKind(problem) === "confirm"
          ? "Tick the box to confirm."
          : "Choose one of the options offered.";
      case "minItems":
        return `Give at least ${items(n)}.`;
      case "maxItems":
        return `Give no more than ${items(n)}.`;
      case "minimum":
        return `Enter a number of ${problem.params.limit} or more.`;
      case "maximum":
        return `Enter a number of ${problem.params.limit} or less.`;
      case "exclusiveMinimum":
        return `Enter a number greater than ${problem.params.limit}.`;
      case "exclusiveMaximum":
        return `Enter a number less than ${problem.params.limit}.`;
      case "type":
        return problem.params.type === "integer"
          ? "Enter a whole number."
          : problem.params.type === "number"
            ? "Enter a number."
            : undefined;
      default:
        return undefined;
    }
  },
  lv: (problem) => {
    const n = limit(problem);
    switch (problem.keyword) {
      case "required":
        return {
          file: "Pievienojiet failu.",
          choice: "Izvēlieties vienu no iespējām.",
          confirm: "Atzīmējiet, lai apstiprinātu.",
          text: "Aizpildiet šo lauku.",
        }[answerKind(problem)];
      case "minLength":
        return n <= 1 ? "Aizpildiet šo lauku." : `Ievadiet vismaz ${n} rakstzīmes.`;
      case "maxLength":
        return `Ievadiet ne vairāk kā ${n} rakstzīmes.`;
      case "pattern":
        return "Pārbaudiet, vai vērtība ir ierakstīta pareizā formā.";
      case "format":
        if (problem.params.format === "date") return "Ievadiet derīgu datumu.";
        if (problem.params.format === "email") return "Ievadiet e-pasta adresi formā vards@example.com.";
        return "Pārbaudiet, vai vērtība ir ierakstīta pareizā formā.";
      case "enum":
      case "const":
        return answerKind(problem) === "confirm"
          ? "Atzīmējiet, lai apstiprinātu."
          : "Izvēlieties vienu no piedāvātajām iespējām.";
      case "minItems":
        return `Norādiet vismaz ${n} ${n === 1 ? "ierakstu" : "ierakstus"}.`;
      case "maxItems":
        return `Norādiet ne vairāk kā ${n} ${n === 1 ? "ierakstu" : "ierakstus"}.`;
      case "minimum":
        return `Ievadiet skaitli, kas nav mazāks par ${problem.params.limit}.`;
      case "maximum":
        return `Ievadiet skaitli, kas nav lielāks par ${problem.params.limit}.`;
      case "exclusiveMinimum":
        return `Ievadiet skaitli, kas ir lielāks par ${problem.params.limit}.`;
      case "exclusiveMaximum":
        return `Ievadiet skaitli, kas ir mazāks par ${problem.params.limit}.`;
      case "type":
        return problem.params.type === "integer"
          ? "Ievadiet veselu skaitli."
          : problem.params.type === "number"
            ? "Ievadiet skaitli."
            : undefined;
      default:
        return "Pārbaudiet šo vērtību.";
    }
  },
};
