import { ApiError, apiRequest } from "@civitas/runtime";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";

export interface StaffUser {
  type: "staff";
  email: string;
  name: string;
  organisations: Record<string, string[]>;
}

interface Me {
  type: "staff" | "api-key" | "anonymous";
  email?: string;
  name?: string;
  organisations: Record<string, string[]>;
}

export interface Session {
  /** undefined while the first look-up runs, null when nobody is signed in. */
  user: StaffUser | null | undefined;
  /** Why the look-up failed (e.g. the server cannot be reached). */
  error: string | null;
  signIn(email: string, password: string): Promise<StaffUser>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const toUser = (me: Me): StaffUser | null =>
  me.type === "staff"
    ? {
        type: "staff",
        email: me.email ?? "",
        name: me.name ?? me.email ?? "",
        organisations: me.organisations,
      }
    : null;

/** Who is signed in, read once from GET /auth/me and kept for the whole app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    apiRequest<Me>("/auth/me")
      .then((me) => live && setUser(toUser(me)))
      .catch((failure: unknown) => {
        if (!live) return;
        setUser(null);
        if (!(failure instanceof ApiError && failure.status === 401)) setError((failure as Error).message);
      });
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const me = await apiRequest<Me>("/auth/login", { method: "POST", body: { email, password } });
    const signedIn = toUser(me);
    if (!signedIn) throw new Error("This account is not a staff account");
    setUser(signedIn);
    setError(null);
    return signedIn;
  }, []);

  const signOut = useCallback(async () => {
    await apiRequest<void>("/auth/logout", { method: "POST" }).catch(() => undefined);
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, error, signIn, signOut }), [user, error, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession needs a SessionProvider");
  return session;
}
