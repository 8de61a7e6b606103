import { z } from "zod";
import { publicProcedure } from "../trpc.ts";

const Output = z.object({
  type: z.string(),
  email: z.string().nullable(),
  organisations: z.record(z.string(), z.array(z.string())),
});

/** Who the caller is, for the apps' headers. */
export const me = publicProcedure.output(Output).query(({ ctx }) => {
  const actor = ctx.actor;
  if (actor.type === "staff") return { type: "staff", email: actor.email, organisations: actor.memberships };
  if (actor.type === "api-key")
    return { type: "api-key", email: null, organisations: { [actor.organisationId]: actor.roles } };
  return { type: actor.type, email: null, organisations: {} };
});
