import { useState } from "react";
import type { PublishedForm } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useAsync } from "../app/use-async.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { useText } from "../app/use-text.ts";
import { DraftForm } from "./draft-form.tsx";
import { findOrCreateDraft } from "./find-or-create-draft.ts";
import { getPublishedForm } from "./get-published-form.ts";
import type { ResumeTokens } from "./resume-tokens.ts";

type Link = { draftId: string; token: string };

function DraftFailed({
  latest,
  error,
  onStartOver,
}: {
  latest: PublishedForm;
  error: Error;
  onStartOver(): void;
}) {
  const { messages } = useLocale();
  const text = useText();
  const title = text(latest.definition.name);
  usePageMeta(title, text(latest.organisationName));
  return (
    <div className="citizen-page">
      <h1>{title}</h1>
      <p role="alert" className="citizen-notice citizen-notice-error">
        {messages.form.resumeFailed(error.message)}
      </p>
      <button type="button" className="civitas-button" onClick={onStartOver}>
        {messages.form.startOver}
      </button>
    </div>
  );
}

/** Opens the draft to fill in (resumed or new) and its pinned form version, then shows the form. */
export function FormSession({
  latest,
  signedIn,
  initialLink,
  tokens,
}: {
  latest: PublishedForm;
  signedIn: boolean;
  initialLink: Link | undefined;
  tokens: ResumeTokens;
}) {
  const { messages } = useLocale();
  const { organisation, form } = latest;
  const [link, setLink] = useState(initialLink);
  const opened = useAsync(async () => {
    const draft = await findOrCreateDraft({ organisation, form, signedIn, link, tokens });
    const pinned =
      draft.draft.formVersion === latest.version
        ? latest
        : await getPublishedForm(organisation, form, draft.draft.formVersion);
    return { draft, pinned };
  }, [organisation, form, signedIn, link]);
  if (opened.status === "loading")
    return (
      <p role="status" className="citizen-loading">
        {messages.form.preparing}
      </p>
    );
  if (opened.status === "error")
    return (
      <DraftFailed
        latest={latest}
        error={opened.error}
        onStartOver={() => {
          tokens.keepDraft(organisation, form, undefined);
          if (link) setLink(undefined);
          else opened.reload();
        }}
      />
    );
  return (
    <DraftForm
      key={opened.data.draft.draft.id}
      published={opened.data.pinned}
      opened={opened.data.draft}
      tokens={tokens}
    />
  );
}
