import { useEffect, useMemo, useState } from "react";
import type { DraftStorage } from "../autosave/local-draft-copy.ts";
import { embedApi, type SubmittedCase } from "./embed-api.ts";
import { EmbedConfirmation } from "./embed-confirmation.tsx";
import { EmbedFormView } from "./embed-form-view.tsx";
import { getEmbedMessages } from "./embed-messages.ts";
import { embedStorage } from "./embed-storage.ts";
import { reasonOf, textIn } from "./embed-texts.ts";
import { type LoadedEmbed, loadEmbed } from "./load-embed.ts";

export interface EmbedAppProps {
  /** The server the embed script came from. */
  server: URL;
  organisation: string;
  form: string;
  lang: string;
  /** Where the draft's id and token are kept between visits (the portal's `localStorage`). */
  storage: DraftStorage | undefined;
  fetch?: typeof fetch;
}

type View =
  | { status: "loading" }
  | { status: "failed"; reason: string }
  | { status: "loaded"; loaded: LoadedEmbed; justSubmitted?: boolean };

/**
 * What `<civitas-form>` renders: the published form with its anonymous draft, the confirmation once
 * submitted, or — for a form that needs a sign-in — a link to it on the platform's own pages.
 */
export function EmbedApp(props: EmbedAppProps) {
  const { server, organisation, form, lang } = props;
  const api = useMemo(() => embedApi(server, props.fetch), [server, props.fetch]);
  const kept = useMemo(
    () => embedStorage(props.storage, { server: server.href, organisation, form }),
    [props.storage, server, organisation, form],
  );
  const [attempt, setAttempt] = useState(0);
  const [view, setView] = useState<View>({ status: "loading" });
  const messages = getEmbedMessages(lang);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for a fresh load
  useEffect(() => {
    let current = true;
    setView({ status: "loading" });
    loadEmbed(api, kept, organisation, form).then(
      (loaded) => current && setView({ status: "loaded", loaded }),
      (error: unknown) =>
        current && setView({ status: "failed", reason: reasonOf(error, getEmbedMessages(lang)) }),
    );
    return () => {
      current = false;
    };
  }, [api, kept, organisation, form, attempt]);

  const reload = () => setAttempt((n) => n + 1);
  const startAgain = () => {
    kept.clear();
    reload();
  };
  const platformLink = (
    <a
      href={new URL(`${encodeURIComponent(organisation)}/forms/${encodeURIComponent(form)}`, server).href}
      target="_top"
    >
      {messages.openOnPlatform}
    </a>
  );

  if (view.status === "loading")
    return (
      <p role="status" className="civitas-embed-notice">
        {messages.loading}
      </p>
    );
  if (view.status === "failed")
    return (
      <div className="civitas-embed-notice">
        <p role="alert">{messages.loadFailed(view.reason)}</p>
        <p>
          <button type="button" className="civitas-button civitas-button-secondary" onClick={reload}>
            {messages.tryAgain}
          </button>
        </p>
        <p>{platformLink}</p>
      </div>
    );

  const { loaded } = view;
  const title = textIn(loaded.published.definition.name, lang);
  if (loaded.kind === "sign-in")
    return (
      <div className="civitas-form civitas-embed-notice" lang={lang}>
        <h1 className="civitas-form-title">{title}</h1>
        <p>{messages.signInRequired(textIn(loaded.published.organisationName, lang))}</p>
        <p>{platformLink}</p>
      </div>
    );
  if (loaded.kind === "submitted")
    return (
      <EmbedConfirmation
        title={title}
        submitted={loaded.submitted}
        locale={lang}
        messages={messages}
        api={api}
        focus={view.justSubmitted === true}
        onFillAgain={startAgain}
      />
    );
  return (
    <EmbedFormView
      key={attempt}
      api={api}
      kept={kept}
      organisation={organisation}
      form={form}
      spec={loaded.spec}
      locale={lang}
      messages={messages}
      resumed={loaded.resumed}
      onSubmitted={(submitted: SubmittedCase & { resumeToken: string }) => {
        kept.write({ submitted });
        setView({
          status: "loaded",
          loaded: { kind: "submitted", published: loaded.published, submitted },
          justSubmitted: true,
        });
      }}
      onReload={reload}
      onStartAgain={startAgain}
    />
  );
}
