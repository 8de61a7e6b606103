import { router } from "../trpc/trpc.ts";

/** tRPC procedures of the submissions domain (one file per procedure, assembled here). */
export const submissionsRouter = router({});
