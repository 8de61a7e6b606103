import { router } from "../trpc/trpc.ts";
import { get } from "./procedures/get.ts";
import { listMine } from "./procedures/list-mine.ts";
import { submit } from "./procedures/submit.ts";
import { withdraw } from "./procedures/withdraw.ts";

/** tRPC procedures of the submissions domain (one file per procedure, assembled here). */
export const submissionsRouter = router({ submit, get, listMine, withdraw });
