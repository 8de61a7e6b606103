/**
 * Receipt rendering: the time to render and sign a receipt (what a citizen's first download waits
 * for), compared in the same run with rendering the same PDF unsigned, for the sample kindergarten
 * application and for one with 200 rows of answers. Renders run one after another, signed and
 * unsigned alternating, after a few warm-up rounds.
 *
 *   pnpm --filter @civitas/server bench:receipts      (BENCH_RENDERS, 200 by default)
 */
import { buildReceiptModel, type ReceiptModel } from "../src/receipts/receipt-model.ts";
import { kindergartenReceiptInput } from "../src/receipts/receipts-test-support.ts";
import { renderReceiptPdf } from "../src/receipts/render-receipt.ts";
import { renderSignedReceipt } from "../src/receipts/sign-pdf.ts";
import { createDevelopmentCredentials, loadPkcs12 } from "../src/receipts/signing-credentials.ts";
import { verifyPdfSignature } from "../src/receipts/verify-pdf-signature.ts";
import { percentile } from "./bench-support.ts";

const RENDERS = Number(process.env.BENCH_RENDERS ?? 200);
const WARM_UP = 10;

interface Timing {
  name: string;
  p50: number;
  p99: number;
  kb: number;
}

const sample = buildReceiptModel(kindergartenReceiptInput("cs"));
const long: ReceiptModel = {
  ...sample,
  answers: Array.from({ length: 200 }, (_, i) => ({
    kind: "answer" as const,
    depth: i % 10 === 0 ? 0 : 1,
    label: `Položka ${i + 1}: údaj žadatele`,
    value:
      i % 7 === 0 ? `Řádek ${i + 1}\nDruhý řádek odpovědi s diakritikou: ďáblův kůň` : `Odpověď ${i + 1}`,
  })),
};

const { p12, password } = await createDevelopmentCredentials("Město Dubová");
const credentials = loadPkcs12(p12, password);

async function timed(render: () => Promise<Uint8Array>) {
  const started = performance.now();
  const pdf = await render();
  return { pdf, ms: performance.now() - started };
}

async function measure(label: string, model: ReceiptModel): Promise<[Timing, Timing]> {
  const signed: number[] = [];
  const unsigned: number[] = [];
  let signedBytes = 0;
  let unsignedBytes = 0;
  for (let i = 0; i < WARM_UP + RENDERS; i++) {
    // Which goes first alternates, so neither pays more often for the other's garbage.
    const signedFirst = i % 2 === 0;
    const plainBefore = signedFirst ? undefined : await timed(() => renderReceiptPdf(model));
    const { pdf, ms: signedMs } = await timed(() => renderSignedReceipt(model, credentials));
    const { pdf: plain, ms: unsignedMs } = plainBefore ?? (await timed(() => renderReceiptPdf(model)));
    if (i < WARM_UP) continue;
    signed.push(signedMs);
    unsigned.push(unsignedMs);
    signedBytes = pdf.length;
    unsignedBytes = plain.length;
    if (i === WARM_UP) {
      const check = verifyPdfSignature(pdf);
      if (!check.signed || !check.intact) throw new Error(`the ${label} receipt's signature does not verify`);
    }
  }
  const timing = (name: string, latencies: number[], bytes: number): Timing => {
    latencies.sort((a, b) => a - b);
    return { name, p50: percentile(latencies, 50), p99: percentile(latencies, 99), kb: bytes / 1024 };
  };
  return [
    timing(`${label}: render + sign`, signed, signedBytes),
    timing(`${label}: render unsigned (baseline)`, unsigned, unsignedBytes),
  ];
}

const format = (timing: Timing) =>
  `${timing.name.padEnd(52)} p50 ${timing.p50.toFixed(1).padStart(6)} ms   p99 ${timing.p99.toFixed(1).padStart(6)} ms   ${timing.kb.toFixed(0).padStart(4)} KB`;

console.log(`${RENDERS} renders of each receipt after ${WARM_UP} warm-up rounds; Node ${process.version}\n`);
const results = [
  await measure(`kindergarten (${sample.answers.length} rows)`, sample),
  await measure(`long (${long.answers.length} rows)`, long),
];
for (const [signed, unsigned] of results) console.log(`${format(signed)}\n${format(unsigned)}`);
console.log("");
const signedMinus = (ms: number) => `${ms >= 0 ? "+" : ""}${ms.toFixed(1)} ms`;
for (const [signed, unsigned] of results)
  console.log(
    `${`${signed.name.split(":")[0]}, signed / unsigned:`.padEnd(44)} p50 ${(signed.p50 / unsigned.p50).toFixed(2)}   p99 ${(signed.p99 / unsigned.p99).toFixed(2)}   (signed − unsigned at p50: ${signedMinus(signed.p50 - unsigned.p50)})`,
  );
