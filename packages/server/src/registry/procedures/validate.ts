import { OrganisationParam } from "../../http/schemas.ts";
import { publicProcedure } from "../../trpc/trpc.ts";
import { ValidateInput, ValidationOutput } from "../registry-schemas.ts";
import { validateDefinitions } from "../services/validate-definitions.ts";

/** Checks definition files against the organisation's published documents; changes nothing. */
export const validate = publicProcedure
  .input(OrganisationParam.extend(ValidateInput.shape))
  .output(ValidationOutput)
  .mutation(({ ctx, input }) => validateDefinitions(ctx.db, ctx.actor, input.organisation, input.files));
