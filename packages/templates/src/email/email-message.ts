import { existsSync, readdirSync, readFileSync } from "node:fs";
import Handlebars from "handlebars";

const MESSAGES_DIR = new URL("./messages/", import.meta.url);
const FALLBACK_LOCALE = "en";

/** What a submission e-mail template is given; every value is plain text. */
export interface SubmissionMessageContext {
  organisation: string;
  formTitle: string;
  formVersion: number;
  caseNumber: string;
  submittedAt: string;
  answers: Array<{ label: string; value: string; depth: number }>;
  attachments: Array<{ filename: string; size: string; url: string }>;
  linksValidUntil: string;
  receiptAttached: boolean;
}

export interface EmailMessage {
  subject: string;
  text: string;
}

type Template = { subject: HandlebarsTemplateDelegate; text: HandlebarsTemplateDelegate };

// Plain-text mail: nothing is HTML-escaped, and the answers are data, never compiled as templates,
// so `{{…}}` typed by a citizen stays text. `strict` turns a misspelt variable into an error.
const handlebars = Handlebars.create();
const compile = (source: string) => handlebars.compile(source, { noEscape: true, strict: true });

const cache = new Map<string, Template>();

/** Template ids with at least an English version, e.g. `submission-notification`. */
export function listEmailTemplates(): string[] {
  return readdirSync(MESSAGES_DIR)
    .filter((file) => file.endsWith(`.${FALLBACK_LOCALE}.hbs`))
    .map((file) => file.slice(0, -`.${FALLBACK_LOCALE}.hbs`.length))
    .sort();
}

function loadTemplate(id: string, locale: string): Template {
  const key = `${id}.${locale}`;
  const known = cache.get(key);
  if (known) return known;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || !listEmailTemplates().includes(id))
    throw new Error(`There is no e-mail template "${id}"; known: ${listEmailTemplates().join(", ")}`);
  const file = new URL(`${id}.${locale}.hbs`, MESSAGES_DIR);
  const source = readFileSync(
    existsSync(file) ? file : new URL(`${id}.${FALLBACK_LOCALE}.hbs`, MESSAGES_DIR),
    "utf8",
  );
  const match = /^---\nsubject: (.*)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`The e-mail template ${id}.${locale} must start with a "subject:" header`);
  const template = { subject: compile(match[1] as string), text: compile(match[2] as string) };
  cache.set(key, template);
  return template;
}

/**
 * Renders an e-mail about a submission from a Handlebars template in `messages/`, in the given
 * language (English when the template has no version in it).
 */
export function renderSubmissionEmail(
  id: string,
  locale: string,
  context: SubmissionMessageContext,
): EmailMessage {
  const template = loadTemplate(id, locale);
  const data = {
    ...context,
    answers: context.answers.map((answer) => ({ ...answer, indent: "  ".repeat(answer.depth) })),
  };
  return {
    // A subject is one line, whatever the answers hold.
    subject: template
      .subject(data)
      .replace(/[\r\n]+/g, " ")
      .trim(),
    text: template.text(data),
  };
}
