import { z } from "zod";
import { OrganisationParam } from "../../http/schemas.ts";
import { publicProcedure } from "../../trpc/trpc.ts";
import { AuditEntryOutput, AuditQuery } from "../registry-schemas.ts";
import { listAudit } from "../services/list-audit.ts";

/** Who did what when in the organisation's registry, newest first. */
export const audit = publicProcedure
  .input(OrganisationParam.extend(AuditQuery.shape))
  .output(z.array(AuditEntryOutput))
  .query(({ ctx, input: { organisation, ...filters } }) =>
    listAudit(ctx.db, ctx.actor, organisation, filters),
  );
