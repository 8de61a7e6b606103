import { CASE_NUMBER_TOKENS } from "../constants.ts";
import { conditionFields } from "../form/evaluate-condition.ts";
import { listScopeOf } from "../form/field-path.ts";
import { type FormField, listFormFields } from "../form/form-fields.ts";
import type { FormSpec } from "../model/form.ts";
import { checkConditionFit } from "./check-condition.ts";
import type { CheckContext } from "./check-context.ts";
import { checkFormSchema } from "./check-form-schema.ts";
import { checkUiSchema } from "./check-ui-schema.ts";
import type { PathSegment } from "./problem.ts";
import { didYouMean } from "./suggest.ts";

/**
 * Checks what the format's schema cannot: that texts, UI schema, pages, logic, attachments, prefill
 * and routes name fields that exist, that every field has a label, and that conditions are sound.
 */
export function checkForm(spec: FormSpec, defaultLanguage: string | undefined, ctx: CheckContext): void {
  if (!checkFormSchema(spec.schema, ctx)) return;
  const fields = new Map(listFormFields(spec.schema).map((field) => [field.path, field]));
  const paths = [...fields.keys()];
  const known = (path: string, at: PathSegment[], what: string, key?: string): FormField | undefined => {
    const field = fields.get(path);
    if (!field) {
      ctx.report({
        code: "unknown-field-path",
        message: `${what} names the field \`${path}\`, which is not in the form's schema${didYouMean(path, paths)}`,
        path: at,
        ...(key ? { key } : {}),
      });
    }
    return field;
  };

  checkUiSchema(spec.uiSchema, spec.schema, ["uiSchema"], ctx);

  for (const [path, texts] of Object.entries(spec.texts)) {
    const field = known(path, ["texts"], "`texts`", path);
    if (!field || !texts.options) continue;
    if (!field.options) {
      ctx.report({
        code: "unknown-option",
        message: `\`${path}\` has no choices (no \`enum\`, not yes/no), so these option titles would never be shown`,
        path: ["texts", path],
        key: "options",
      });
      continue;
    }
    for (const value of Object.keys(texts.options)) {
      if (field.options && !field.options.map(String).includes(value)) {
        ctx.report({
          code: "unknown-option",
          message: `\`${path}\` has no choice \`${value}\`; its choices are ${field.options.map((option) => (typeof option === "object" ? JSON.stringify(option) : String(option))).join(", ")}`,
          path: ["texts", path, "options"],
          key: value,
        });
      }
    }
  }
  if (defaultLanguage) {
    for (const field of fields.values()) {
      if (!spec.texts[field.path]?.label?.[defaultLanguage]) {
        ctx.report({
          code: "missing-label",
          message: `the field \`${field.path}\` has no label in \`${defaultLanguage}\`; add it under \`texts["${field.path}"].label\``,
          path: ["schema", ...field.pointer.split("/").slice(1)],
        });
      }
    }
  }

  checkPages(spec, ctx);

  spec.logic.forEach((rule, i) => {
    const read = conditionFields(rule.when);
    read.forEach((path) => known(path, ["logic", i, "when"], "this rule's condition"));
    checkConditionFit(rule.when, fields, ["logic", i, "when"], ctx);
    for (const effect of ["show", "require"] as const) {
      rule[effect].forEach((target, j) => {
        if (!known(target, ["logic", i, effect, j], `\`${effect}\``)) return;
        for (const source of read) {
          const scope = listScopeOf(source);
          if (scope && !target.startsWith(scope)) {
            ctx.report({
              code: "logic-scope",
              message: `the condition reads \`${source}\` inside the repeatable group \`${scope}\`, so it can only affect fields of that group, not \`${target}\``,
              path: ["logic", i, effect, j],
            });
          }
        }
      });
    }
  });

  for (const path of Object.keys(spec.attachments)) {
    const field = known(path, ["attachments"], "`attachments`", path);
    if (field && !field.isAttachment) {
      ctx.report({
        code: "not-an-attachment",
        message: `\`${path}\` is not a file field; a file field has \`format: attachment\` (or is a list of them)`,
        path: ["attachments"],
        key: path,
      });
    }
  }
  for (const [path, source] of Object.entries(spec.prefill)) {
    const field = known(path, ["prefill"], "`prefill`", path);
    if (!field) continue;
    const wanted = source === "identity.address" ? "object" : "string";
    if (listScopeOf(path) || field.schema.type !== wanted) {
      ctx.report({
        code: "prefill-type",
        message: `\`${source}\` can only fill a ${wanted === "object" ? "group of address fields" : "text field"} outside repeatable groups; \`${path}\` is not one`,
        path: ["prefill"],
        key: path,
      });
    }
  }

  checkSubmission(spec, fields, ctx);
}

function checkPages(spec: FormSpec, ctx: CheckContext): void {
  if (spec.pages.length === 0) return;
  const topLevel = Object.keys((spec.schema.properties as Record<string, unknown> | undefined) ?? {});
  const placed = new Map<string, string>();
  const pageIds = new Set<string>();
  spec.pages.forEach((page, i) => {
    if (pageIds.has(page.id)) {
      ctx.report({
        code: "duplicate-id",
        message: `two pages have the id \`${page.id}\``,
        path: ["pages", i, "id"],
      });
    }
    pageIds.add(page.id);
    page.fields.forEach((name, j) => {
      if (!topLevel.includes(name)) {
        ctx.report({
          code: "unknown-field-path",
          message: `page \`${page.id}\` lists \`${name}\`, which is not a top-level field of the schema${didYouMean(name, topLevel)}`,
          path: ["pages", i, "fields", j],
        });
      } else if (placed.has(name)) {
        ctx.report({
          code: "field-on-two-pages",
          message: `\`${name}\` is already on page \`${placed.get(name)}\`; a field belongs to one page`,
          path: ["pages", i, "fields", j],
        });
      }
      placed.set(name, page.id);
    });
  });
  for (const name of topLevel.filter((field) => !placed.has(field))) {
    ctx.report({
      code: "field-on-no-page",
      message: `the field \`${name}\` is on no page, so citizens would never see it; add it to one of the pages`,
      path: ["pages"],
    });
  }
}

function checkSubmission(spec: FormSpec, fields: Map<string, FormField>, ctx: CheckContext): void {
  const tokens = spec.submission.caseNumber.match(/\{[^}]*\}/g) ?? [];
  for (const token of tokens) {
    const name = token.slice(1, -1).split(":")[0] ?? "";
    if (!(CASE_NUMBER_TOKENS as readonly string[]).includes(name) || !/^\{[a-z]+(:[1-9])?\}$/.test(token)) {
      ctx.report({
        code: "invalid-case-number",
        message: `the case-number pattern has an unknown part \`${token}\`; use {year}, {month}, {day}, {form} and {seq:N}`,
        path: ["submission", "caseNumber"],
      });
    }
  }
  const routeIds = new Set<string>();
  spec.submission.routes.forEach((route, i) => {
    if (routeIds.has(route.id)) {
      ctx.report({
        code: "duplicate-id",
        message: `two routes have the id \`${route.id}\``,
        path: ["submission", "routes", i, "id"],
      });
    }
    routeIds.add(route.id);
    if (!route.when) return;
    for (const path of conditionFields(route.when)) {
      if (!fields.has(path) || listScopeOf(path)) {
        ctx.report({
          code: "unknown-field-path",
          message: `route \`${route.id}\` depends on \`${path}\`, which is not a field outside repeatable groups`,
          path: ["submission", "routes", i, "when"],
        });
      }
    }
  });
}
