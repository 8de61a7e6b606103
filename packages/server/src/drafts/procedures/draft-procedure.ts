import { AppError } from "../../errors/app-error.ts";
import { publicProcedure } from "../../trpc/trpc.ts";
import { hasPrototypeKey } from "../draft-data.ts";

/**
 * The base of the drafts procedures. tRPC parses request bodies itself, without the `__proto__` guard of
 * Fastify's JSON parser, and input parsing would silently drop such keys; so they are refused here, on
 * the raw input, the way the REST API refuses them.
 */
export const draftProcedure = publicProcedure.use(async ({ getRawInput, next }) => {
  if (hasPrototypeKey(await getRawInput()))
    throw new AppError(
      "bad-request",
      "The input contains a `__proto__` or `constructor.prototype` key, which is not allowed",
    );
  return next();
});
