import { z } from "zod";

/** A path to a form field through object properties; `[]` steps into the items of a repeatable group. */
export const FieldPath = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(\[\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\])?)*$/, {
    error: "must be a field path such as `applicant.email` or `children[].name`",
  })
  .meta({ id: "FieldPath", description: "A field path such as `applicant.email` or `children[].name`." });

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/** The operators a condition on one field may use. */
export const FIELD_OPERATORS = [
  "equals",
  "notEquals",
  "in",
  "filled",
  "contains",
  "greaterThan",
  "lessThan",
] as const;
const GROUP_OPERATORS = ["all", "any", "not"] as const;

export type Scalar = string | number | boolean;
export interface Condition {
  field?: string;
  equals?: Scalar;
  notEquals?: Scalar;
  in?: Scalar[];
  filled?: boolean;
  contains?: Scalar;
  greaterThan?: number;
  lessThan?: number;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}

/**
 * A condition on the form's data, used by logic rules and connector routes, e.g.
 * `{ field: applicant.type, equals: business }` or `{ any: [{ field: a, filled: true }, { not: {...} }] }`.
 */
export const Condition: z.ZodType<Condition> = z
  .strictObject({
    field: FieldPath.optional(),
    equals: Scalar.optional(),
    notEquals: Scalar.optional(),
    in: z.array(Scalar).min(1).optional(),
    filled: z.boolean().optional(),
    contains: Scalar.optional(),
    greaterThan: z.number().optional(),
    lessThan: z.number().optional(),
    all: z
      .array(z.lazy(() => Condition))
      .min(1)
      .optional(),
    any: z
      .array(z.lazy(() => Condition))
      .min(1)
      .optional(),
    not: z.lazy(() => Condition).optional(),
  })
  .superRefine((condition, ctx) => {
    const fieldOps = FIELD_OPERATORS.filter((op) => condition[op] !== undefined);
    const groupOps = GROUP_OPERATORS.filter((op) => condition[op] !== undefined);
    const fieldForm = condition.field !== undefined && fieldOps.length === 1 && groupOps.length === 0;
    const groupForm = condition.field === undefined && fieldOps.length === 0 && groupOps.length === 1;
    if (!fieldForm && !groupForm) {
      ctx.addIssue({
        code: "custom",
        message:
          "a condition needs either `field` with exactly one of equals, notEquals, in, filled, contains, " +
          "greaterThan, lessThan — or exactly one of all, any, not",
      });
    }
  })
  .meta({ id: "Condition" });
