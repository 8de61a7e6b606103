import { router } from "../trpc/trpc.ts";
import { approve } from "./procedures/approve.ts";
import { archive } from "./procedures/archive.ts";
import { audit } from "./procedures/audit.ts";
import { diff } from "./procedures/diff.ts";
import { get } from "./procedures/get.ts";
import { list } from "./procedures/list.ts";
import { publish } from "./procedures/publish.ts";
import { requestChanges } from "./procedures/request-changes.ts";
import { restore } from "./procedures/restore.ts";
import { saveWorkingCopy } from "./procedures/save-working-copy.ts";
import { submit } from "./procedures/submit.ts";
import { validate } from "./procedures/validate.ts";
import { version } from "./procedures/version.ts";
import { versions } from "./procedures/versions.ts";

/** tRPC procedures of the registry domain (one file per procedure, assembled here). */
export const registryRouter = router({
  validate,
  saveWorkingCopy,
  list,
  get,
  versions,
  version,
  diff,
  submit,
  approve,
  requestChanges,
  publish,
  archive,
  restore,
  audit,
});
