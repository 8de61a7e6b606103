import { useState } from "react";
import { useLocale } from "../app/locale-context.tsx";
import { downloadReceipt } from "./download-receipt.ts";

/** The button that downloads the signed receipt, saying so while it comes and when it fails. */
export function ReceiptDownload({
  submissionId,
  caseNumber,
  resumeToken,
}: {
  submissionId: string;
  caseNumber: string;
  resumeToken?: string | undefined;
}) {
  const { locale, messages } = useLocale();
  const text = messages.submission;
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const download = () => {
    if (state.busy) return;
    setState({ busy: true });
    downloadReceipt(submissionId, `${caseNumber}.pdf`, resumeToken).then(
      () => setState({ busy: false }),
      (error: Error) => setState({ busy: false, error: error.message }),
    );
  };
  return (
    <div className="citizen-receipt">
      <p>
        {text.receiptHint} <a href={`/verify?lang=${locale}`}>{messages.footer.verifyReceipt}</a>
      </p>
      <button type="button" className="civitas-button" onClick={download} aria-disabled={state.busy}>
        {text.downloadReceipt}
      </button>
      <p role="status" className="citizen-muted">
        {state.busy ? text.downloading : ""}
      </p>
      {state.error ? (
        <p role="alert" className="civitas-error-message">
          {text.receiptFailed(state.error)}
        </p>
      ) : null}
    </div>
  );
}
