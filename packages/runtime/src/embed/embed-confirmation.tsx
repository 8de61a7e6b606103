import { useEffect, useRef, useState } from "react";
import type { EmbedApi, SubmittedCase } from "./embed-api.ts";
import type { EmbedMessages } from "./embed-messages.ts";
import { reasonOf } from "./embed-texts.ts";

export interface EmbedConfirmationProps {
  title: string;
  submitted: SubmittedCase & { resumeToken: string };
  locale: string;
  messages: EmbedMessages;
  api: Pick<EmbedApi, "getReceipt">;
  /** Just submitted (not shown again on a later visit): the focus moves to the news. */
  focus: boolean;
  onFillAgain: () => void;
}

/** The end of an embedded form: the case number, when it was submitted, and the signed receipt. */
export function EmbedConfirmation(props: EmbedConfirmationProps) {
  const { submitted, messages } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [download, setDownload] = useState<{ busy: boolean; error?: string }>({ busy: false });
  useEffect(() => {
    if (props.focus) heading.current?.focus();
  }, [props.focus]);
  const time = new Intl.DateTimeFormat(props.locale, { dateStyle: "long", timeStyle: "short" }).format(
    new Date(submitted.submittedAt),
  );

  async function downloadReceipt() {
    setDownload({ busy: true });
    try {
      const pdf = await props.api.getReceipt(submitted.receiptUrl, submitted.resumeToken);
      const url = URL.createObjectURL(pdf);
      const link = document.createElement("a");
      link.href = url;
      link.download = `${submitted.caseNumber.replace(/[^\w.-]+/g, "-")}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setDownload({ busy: false });
    } catch (error) {
      setDownload({ busy: false, error: reasonOf(error, messages) });
    }
  }

  return (
    <div className="civitas-form civitas-embed-confirmation" lang={props.locale}>
      <h1 className="civitas-form-title">{props.title}</h1>
      <h2 ref={heading} tabIndex={-1} className="civitas-page-title">
        {messages.submittedTitle}
      </h2>
      <p className="civitas-embed-case">
        {messages.caseNumber}: <strong>{submitted.caseNumber}</strong>
      </p>
      <p>{messages.submittedAt(time)}</p>
      <p>{messages.keepReference}</p>
      <div className="civitas-actions">
        <button type="button" className="civitas-button" onClick={downloadReceipt} disabled={download.busy}>
          {download.busy ? messages.downloading : messages.downloadReceipt}
        </button>
        <button type="button" className="civitas-button civitas-button-secondary" onClick={props.onFillAgain}>
          {messages.fillAgain}
        </button>
      </div>
      {download.error ? (
        <p role="alert" className="civitas-error-message">
          {messages.receiptFailed(download.error)}
        </p>
      ) : null}
    </div>
  );
}
