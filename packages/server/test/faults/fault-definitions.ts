import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FAULT_ORG = "fault-town";
export const FAULT_FORM = "report";
export const FAULT_SECRET_NAME = "FAULT_WEBHOOK_SECRET";

/**
 * A folder with a small organisation and an anonymous form whose only route is a webhook to
 * `webhookUrl`, for fault runs against a real server process.
 */
export function writeFaultDefinitions(webhookUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), "civitas-fault-"));
  writeFileSync(
    join(dir, "fault-town.yaml"),
    `apiVersion: civitas/v1
kind: Organisation
metadata: { id: ${FAULT_ORG} }
spec:
  name: { cs: Obec Zkušební, en: Fault town }
  type: municipality
  languages: [cs, en]
  address: { street: Náves 1, postalCode: "123 45", city: Zkušební }
---
apiVersion: civitas/v1
kind: Form
metadata: { id: ${FAULT_FORM}, organisation: ${FAULT_ORG} }
spec:
  name: { cs: Hlášení závady, en: Fault report }
  schema:
    type: object
    required: [name, message]
    properties:
      name: { type: string, maxLength: 100 }
      message: { type: string, maxLength: 2000 }
  texts:
    name: { label: { cs: Jméno, en: Name } }
    message: { label: { cs: Zpráva, en: Message } }
  submission:
    caseNumber: "Z-{year}-{seq:6}"
    allowAnonymous: true
    routes:
      - id: agenda
        connector: webhook
        url: ${webhookUrl}
        secret: ${FAULT_SECRET_NAME}
        maxAttempts: 50
`,
  );
  return dir;
}
