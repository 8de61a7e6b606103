import { ApiError } from "@civitas/runtime";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../app/session.tsx";

/** Only a path inside the builder may be a place to come back to. */
const safeNext = (next: string | null) => (next?.startsWith("/") && !next.startsWith("//") ? next : "/");

function describeFailure(failure: unknown): string {
  if (failure instanceof ApiError) {
    if (failure.status === 401) return "The e-mail or password is not right. Check them and try again.";
    if (failure.status === 429) return "Too many attempts. Wait a minute and try again.";
    if (failure.status === 0) return "The server cannot be reached. Check your connection and try again.";
    if (failure.status === 400) return "Enter a valid e-mail address and your password.";
  }
  return `Signing in failed: ${(failure as Error).message}`;
}

export function SignInPage() {
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(
    (location.state as { error?: string } | null)?.error ?? null,
  );
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  useEffect(() => {
    document.title = "Sign in – Civitas builder";
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError("Enter your e-mail and password.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (failure) {
      setError(describeFailure(failure));
      setBusy(false);
    }
  }

  return (
    <div className="builder-signin">
      <main id="main" className="builder-signin-card">
        <h1>Sign in to the builder</h1>
        {user ? <p>You are signed in as {user.name}.</p> : null}
        <form onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
          {error ? (
            <p id={errorId} role="alert" className="builder-error">
              {error}
            </p>
          ) : null}
          <label htmlFor="signin-email">E-mail</label>
          <input
            id="signin-email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={error ? true : undefined}
            required
          />
          <label htmlFor="signin-password">Password</label>
          <input
            id="signin-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={error ? true : undefined}
            required
          />
          <button type="submit" className="builder-button primary" disabled={busy}>
            {busy ? "Signing in…" : "Sign in"}
          </button>
        </form>
      </main>
    </div>
  );
}
