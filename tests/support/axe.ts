import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame, Page } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let source: string | undefined;
const axeSource = () => {
  source ??= readFileSync(AXE, "utf8");
  return source;
};
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) in a page or frame — open shadow roots included — and
 * throws with a readable list of what it found. `include` limits it to a part of the page, e.g.
 * `civitas-form` for an embedded form on a portal whose own markup is not ours.
 *
 * @example
 * ```ts
 * await expectNoAxeViolations(page, { include: "civitas-form", label: "embed, first page" });
 * ```
 */
export async function expectNoAxeViolations(
  target: Page | Frame,
  options: { include?: string; label?: string } = {},
): Promise<void> {
  // Evaluated rather than added as a <script> (`addScriptTag`): the platform's pages have a CSP that
  // refuses inline scripts, and the refusal would land among the page's console errors.
  if (!(await target.evaluate(() => "axe" in window))) await target.evaluate(axeSource());
  const violations = await target.evaluate(
    async ({ include, tags }) => {
      const axe = (
        window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } }
      ).axe;
      const context = include ? { include: [include] } : document;
      const result = await axe.run(context, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return result.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map(({ target: where, failureSummary }) => ({ target: where, failureSummary })),
      }));
    },
    { include: options.include, tags: WCAG_TAGS },
  );
  if (violations.length === 0) return;
  const lines = violations.flatMap((violation) => [
    `- ${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help}`,
    ...violation.nodes.map(
      (node) =>
        `    at ${JSON.stringify(node.target)}${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
    ),
  ]);
  throw new Error(
    `axe found ${violations.length} accessibility problem(s)${options.label ? ` on ${options.label}` : ""}:\n${lines.join("\n")}`,
  );
}
