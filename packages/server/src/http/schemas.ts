import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "../errors/app-error.ts";

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error", description: "Every error: a stable code, a sentence, and details where useful." });

/** The error responses a route may give, for the API document. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, ErrorResponse]));

export const OrganisationParam = z.object({ organisation: z.string().min(1).max(80) });
