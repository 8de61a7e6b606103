import { router } from "../trpc/trpc.ts";

/** tRPC procedures of the drafts domain (one file per procedure, assembled here). */
export const draftsRouter = router({});
