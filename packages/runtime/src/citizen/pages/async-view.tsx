import type { ReactNode } from "react";
import { ApiError } from "../../api/api-request.ts";
import { useLocale } from "../app/locale-context.tsx";
import type { AsyncState } from "../app/use-async.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { NotFoundPage } from "./not-found-page.tsx";

function LoadFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { messages } = useLocale();
  usePageMeta(messages.errorTitle);
  return (
    <div className="citizen-page">
      <h1>{messages.errorTitle}</h1>
      <p role="alert">{messages.loadFailed(error.message)}</p>
      <button type="button" className="civitas-button" onClick={onRetry}>
        {messages.retry}
      </button>
    </div>
  );
}

/** Loading (in words), a not-found page for a 404, an error with a retry, or the loaded content. */
export function AsyncView<T>({
  state,
  notFoundTitle,
  children,
}: {
  state: AsyncState<T> & { reload(): void };
  notFoundTitle: string;
  children: (data: T) => ReactNode;
}) {
  const { messages } = useLocale();
  if (state.status === "loading")
    return (
      <p role="status" className="citizen-loading">
        {messages.loading}
      </p>
    );
  if (state.status === "error")
    return state.error instanceof ApiError && state.error.status === 404 ? (
      <NotFoundPage title={notFoundTitle} />
    ) : (
      <LoadFailed error={state.error} onRetry={state.reload} />
    );
  return <>{children(state.data)}</>;
}
