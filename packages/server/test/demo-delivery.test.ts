import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../src/deliveries/delivery-test-kit.ts";
import { DEMO_BACK_OFFICE_PORT } from "../src/demo/demo-back-office.ts";
import { readEnv } from "../src/env.ts";
import { kindergartenData } from "../src/receipts/receipts-test-support.ts";
import { type RunningServer, startServer } from "../src/start-server.ts";

/**
 * The demo as `pnpm start` runs it (embedded database, demo back office): a citizen's kindergarten
 * application reaches the filing service, the enrolment system's webhook and the kindergarten's
 * mailbox, and the citizen's receipt is signed.
 */
const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

let server: RunningServer;
let dataDir: string;
let base: string;
beforeAll(async () => {
  if (!(await portFree(DEMO_BACK_OFFICE_PORT)))
    throw new Error(
      `Port ${DEMO_BACK_OFFICE_PORT} is taken (is \`pnpm start\` running?); the demo back office needs it`,
    );
  dataDir = mkdtempSync(join(tmpdir(), "civitas-demo-"));
  server = await startServer(
    readEnv({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: "silent" }),
    () => {},
  );
  base = `${server.url}/api/v1`;
}, 120_000);
afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(path: string, body: object) {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] as string;
}

/** The sample application, with its files uploaded to a draft as a citizen's browser does. */
async function kindergartenApplication(cookie: string) {
  const draft = (await (
    await fetch(`${base}/organisations/dubova/forms/kindergarten-enrolment/drafts`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ data: {}, locale: "cs" }),
    })
  ).json()) as { id: string };
  const upload = async (field: string, filename: string) => {
    const form = new FormData();
    form.append("file", new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), filename);
    const response = await fetch(
      `${base}/drafts/${draft.id}/attachments?field=${encodeURIComponent(field)}`,
      {
        method: "POST",
        headers: { cookie },
        body: form,
      },
    );
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const data = kindergartenData() as {
    child: Record<string, unknown>;
    representatives: Array<Record<string, unknown>>;
    preferences: Record<string, unknown>;
    declarations: Record<string, unknown>;
  };
  data.child.residencePermit = await upload("child.residencePermit", "povolení k pobytu.pdf");
  (data.representatives[1] as Record<string, unknown>).courtDecision = await upload(
    "representatives[].courtDecision",
    "rozsudek.pdf",
  );
  (data.representatives[0] as Record<string, unknown>).dataBox = "abc1234";
  data.preferences.counsellingRecommendation = await upload(
    "preferences.counsellingRecommendation",
    "doporučení.pdf",
  );
  delete data.preferences.healthNotes;
  data.declarations.vaccinationConfirmation = await upload(
    "declarations.vaccinationConfirmation",
    "očkování.pdf",
  );
  data.declarations.otherAttachments = [await upload("declarations.otherAttachments", "zpráva.pdf")];
  return { draftId: draft.id, data };
}

describe("the demo municipality", () => {
  it("delivers a kindergarten application to the filing service, a webhook and a mailbox, with a signed receipt", async () => {
    const citizen = await signIn("/citizen/demo-sign-in", { name: "Jiřina Dvořáková" });
    const { draftId, data } = await kindergartenApplication(citizen);
    const submitted = await fetch(`${base}/organisations/dubova/forms/kindergarten-enrolment/submissions`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: citizen,
        "idempotency-key": crypto.randomUUID(),
      },
      body: JSON.stringify({ data, locale: "cs", draftId }),
    });
    expect(submitted.status, await submitted.clone().text()).toBe(201);
    const submission = (await submitted.json()) as { id: string; caseNumber: string };

    const [, password] = readFileSync(join(dataDir, "demo-admin.txt"), "utf8").trim().split("\n");
    const admin = await signIn("/auth/login", { email: "admin@dubova.example", password });
    const deliveries = await eventually(async () => {
      const response = await fetch(`${base}/organisations/dubova/deliveries?submission=${submission.id}`, {
        headers: { cookie: admin },
      });
      const { deliveries } = (await response.json()) as {
        deliveries: Array<{ routeId: string; state: string }>;
      };
      return (
        deliveries.length === 3 &&
        deliveries.every((delivery) => delivery.state === "delivered") &&
        deliveries
      );
    }, 30_000);
    expect(deliveries.map((delivery) => delivery.routeId).sort()).toEqual([
      "enrolment-system",
      "filing-service",
      "ms-lesni",
    ]);

    const mine = (await (
      await fetch(`${base}/submissions/${submission.id}`, { headers: { cookie: citizen } })
    ).json()) as {
      externalReference: string | null;
    };
    expect(mine.externalReference).toMatch(/^DUB\/\d{4}\/\d+$/);
    const inbox = (await (
      await fetch(`http://127.0.0.1:${DEMO_BACK_OFFICE_PORT}/webhooks/kindergartens`)
    ).json()) as {
      deliveries: Array<{ key: string }>;
    };
    expect(inbox.deliveries.map((delivery) => delivery.key)).toContain(`${submission.id}:enrolment-system`);
    const mails = readdirSync(join(dataDir, "mailbox")).map((name) =>
      readFileSync(join(dataDir, "mailbox", name), "latin1"),
    );
    expect(mails.some((mail) => mail.includes(`Idempotency-Key: ${submission.id}:ms-lesni`))).toBe(true);

    const receipt = await fetch(`${base}/submissions/${submission.id}/receipt`, {
      headers: { cookie: citizen },
    });
    expect(receipt.headers.get("content-type")).toBe("application/pdf");
    if (existsSync("/usr/bin/pdfsig")) {
      const path = join(dataDir, "receipt.pdf");
      writeFileSync(path, Buffer.from(await receipt.arrayBuffer()));
      const report = execFileSync("/usr/bin/pdfsig", [path], { encoding: "utf8" });
      expect(report).toContain("Signature is Valid");
      expect(report).toContain("Total document signed");
    }
  }, 90_000);
});
