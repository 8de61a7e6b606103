/**
 * The browser's part of the definition model: compiling a form for one language, evaluating its
 * conditions and pruning hidden answers. Imports no validation library, so the citizen runtime and
 * the embed stay small.
 *
 * @example
 * ```ts
 * import { compileForm } from "@civitas/definitions/form";
 * const { schema, uiSchema, pages } = compileForm(spec, { locale: "cs" });
 * ```
 */
export {
  type CompiledForm,
  type CompiledPage,
  type CompileOptions,
  compileForm,
  compileFormSchema,
} from "../compile/compile-form.ts";
export type { Condition } from "../model/condition.ts";
export type { FieldTexts, FormPage, FormSpec, LogicRule } from "../model/form.ts";
export { conditionFields, evaluateCondition } from "./evaluate-condition.ts";
export { type FormField, type JsonSchema, listFormFields } from "./form-fields.ts";
export { pruneHiddenFields } from "./prune-hidden.ts";
