/**
 * The visual form builder: palette, canvas of pages and fields, property panel with logic, and a
 * preview through the citizen runtime. The model functions are pure (document in, document out) and
 * exported for tests and benchmarks.
 */
export { FormBuilder, type FormBuilderProps } from "./components/form-builder.tsx";
export { type AddFieldOptions, addField, type FieldPlace } from "./model/add-field.ts";
export { listContainerKeys } from "./model/container-order.ts";
export { FIELD_KINDS, type FieldKind, PALETTE_ITEMS, type PaletteItem } from "./model/field-kinds.ts";
export {
  CONDITION_OPERATORS,
  type ConditionOperator,
  type ConditionRow,
  type FieldLogic,
  type FieldLogicState,
  getFieldLogic,
  listConditionFields,
  listOperatorsFor,
  setFieldLogic,
  toCondition,
} from "./model/field-logic.ts";
export {
  addFieldOption,
  listFieldOptions,
  removeFieldOption,
  renameFieldOption,
  setFieldOptionTitle,
} from "./model/field-options.ts";
export {
  type FormOutline,
  getFormOutline,
  listOutlineFields,
  type OutlineField,
  type OutlinePage,
} from "./model/form-outline.ts";
export { addInfoText, addPage, movePage, removePage, setFormText, setPageText } from "./model/form-pages.ts";
export { canMoveField, moveField } from "./model/move-field.ts";
export { type BuilderProblem, type GroupedProblems, groupProblems } from "./model/problems-by-field.ts";
export { removeField } from "./model/remove-field.ts";
export { checkFieldKey, renameField } from "./model/rename-field.ts";
export {
  isFieldRequired,
  listPrefillSources,
  PREFILL_SOURCES,
  type PrefillSource,
  setAttachmentRules,
  setFieldKeyword,
  setFieldPrefill,
  setFieldRequired,
  setFieldText,
  setFieldUi,
  updateFieldSchema,
} from "./model/update-field.ts";
