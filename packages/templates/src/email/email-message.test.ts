import { describe, expect, it } from "vitest";
import { listEmailTemplates, renderSubmissionEmail, type SubmissionMessageContext } from "./email-message.ts";

const context: SubmissionMessageContext = {
  organisation: "Město Dubová",
  formTitle: "Přihláška do mateřské školy",
  formVersion: 3,
  caseNumber: "MS-2026-00042",
  submittedAt: "21. 11. 2026 15:04",
  answers: [
    { label: "Dítě", value: "", depth: 0 },
    { label: "Jméno", value: "{{constructor}} <script>alert(1)</script>", depth: 1 },
  ],
  attachments: [{ filename: "rodny-list.pdf", size: "120 kB", url: "http://localhost/files/1" }],
  linksValidUntil: "28. 11. 2026",
  receiptAttached: true,
};

describe("submission e-mails", () => {
  it("lists the templates", () => {
    expect(listEmailTemplates()).toContain("submission-notification");
  });

  it("renders in Czech with every answer, indented, printed as typed", () => {
    const message = renderSubmissionEmail("submission-notification", "cs", context);
    expect(message.subject).toBe("Nové podání MS-2026-00042: Přihláška do mateřské školy");
    expect(message.text).toContain("  Jméno: {{constructor}} <script>alert(1)</script>");
    expect(message.text).toContain("- rodny-list.pdf (120 kB): http://localhost/files/1");
    expect(message.text).toContain("podepsané potvrzení");
  });

  it("falls back to English for a language it lacks", () => {
    expect(renderSubmissionEmail("submission-notification", "de", context).subject).toMatch(
      /^New submission/,
    );
  });

  it("keeps the subject on one line", () => {
    const message = renderSubmissionEmail("submission-notification", "en", {
      ...context,
      formTitle: "A\r\nBcc: someone@example.com",
    });
    expect(message.subject).not.toMatch(/[\r\n]/);
  });

  it("refuses an unknown or path-like template id", () => {
    expect(() => renderSubmissionEmail("nope", "en", context)).toThrow(/no e-mail template "nope"/);
    expect(() => renderSubmissionEmail("../x", "en", context)).toThrow(/no e-mail template/);
  });
});
