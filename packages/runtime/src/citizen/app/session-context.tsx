import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { apiRequest } from "../../api/api-request.ts";
import type { Citizen } from "../api/api-types.ts";

interface SessionValue {
  /** Undefined until the server said who is signed in. */
  citizen: Citizen | undefined;
  signIn(name: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in (`GET /citizen/me`), asked once per visit and updated on sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [citizen, setCitizen] = useState<Citizen | undefined>();
  useEffect(() => {
    apiRequest<Citizen>("/citizen/me").then(setCitizen, () => setCitizen({ signedIn: false, name: null }));
  }, []);
  const signIn = useCallback(async (name: string) => {
    setCitizen(await apiRequest<Citizen>("/citizen/demo-sign-in", { method: "POST", body: { name } }));
  }, []);
  const signOut = useCallback(async () => {
    await apiRequest("/citizen/sign-out", { method: "POST" });
    setCitizen({ signedIn: false, name: null });
  }, []);
  const value = useMemo(() => ({ citizen, signIn, signOut }), [citizen, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession needs a SessionProvider");
  return value;
}
