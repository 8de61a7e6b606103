import { me } from "./procedures/me.ts";
import { router } from "./trpc.ts";

/** The tRPC API of the project's own apps; clients import only `type AppRouter`. */
export const appRouter = router({
  auth: router({ me }),
});
export type AppRouter = typeof appRouter;
