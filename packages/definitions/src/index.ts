/**
 * The definition model of the platform: types and JSON Schema of the definition format, the loader
 * with located problems, per-locale form compilation, conditions and format migrations.
 * Browser-safe: nothing here touches the file system (see `@civitas/definitions/node`).
 */

export {
  type CompiledForm,
  type CompiledPage,
  type CompileOptions,
  compileForm,
  compileFormSchema,
} from "./compile/compile-form.ts";
export * from "./constants.ts";
export { conditionToSchema } from "./form/condition-schema.ts";
export { createAjv } from "./form/create-ajv.ts";
export { conditionFields, evaluateCondition } from "./form/evaluate-condition.ts";
export { type FormField, type JsonSchema, listFormFields } from "./form/form-fields.ts";
export { pruneHiddenFields } from "./form/prune-hidden.ts";
export { createFormatSchema, FORMAT_SCHEMA_ID } from "./format-schema.ts";
export { DefinitionBundle, type LocatedDefinition, organisationOf } from "./load/definition-bundle.ts";
export { type LoadResult, loadDefinitions, type SourceFile } from "./load/load-definitions.ts";
export { formatProblem, type Problem } from "./load/problem.ts";
export { type MigrationResult, migrateDocument } from "./migrate/migrate-document.ts";
export { MIGRATIONS, type Migration } from "./migrate/migrations.ts";
export type { ChannelSpec } from "./model/channel.ts";
export type { LocalizedText } from "./model/common.ts";
export type { Condition } from "./model/condition.ts";
export * from "./model/document.ts";
export type { FieldTexts, FormPage, FormSpec, LogicRule } from "./model/form.ts";
export type { ConnectorRoute, SubmissionSettings } from "./model/form-submission.ts";
export { SECRET_NAME, SECRET_SETTINGS } from "./model/form-submission.ts";
export type { LifeSituationSpec } from "./model/life-situation.ts";
export type { OrganisationSpec } from "./model/organisation.ts";
export type { ChannelOffering, ServiceSpec } from "./model/service.ts";
export type { ServiceTemplateSpec } from "./model/service-template.ts";
