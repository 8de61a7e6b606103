import { draftsRouter } from "../drafts/drafts-router.ts";
import { registryRouter } from "../registry/registry-router.ts";
import { submissionsRouter } from "../submissions/submissions-router.ts";
import { me } from "./procedures/me.ts";
import { router } from "./trpc.ts";

/** The tRPC API of the project's own apps; clients import only `type AppRouter`. */
export const appRouter = router({
  auth: router({ me }),
  registry: registryRouter,
  drafts: draftsRouter,
  submissions: submissionsRouter,
});
export type AppRouter = typeof appRouter;
