import { router } from "../trpc/trpc.ts";

/** tRPC procedures of the registry domain (one file per procedure, assembled here). */
export const registryRouter = router({});
