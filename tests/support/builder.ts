import type { Page } from "playwright-core";
import type { Platform } from "./start-platform.ts";

export interface StaffPerson {
  email: string;
  password: string;
}

export type StaffRole = "author" | "reviewer" | "publisher" | "admin" | "officer";

/** Signs the demo admin in through the API and answers the session cookie, for staff API calls. */
async function adminCookie(platform: Platform): Promise<string> {
  const response = await fetch(`${platform.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(platform.admin),
  });
  if (!response.ok)
    throw new Error(`The demo admin could not sign in: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error("The sign-in answered no session cookie");
  return cookie.split(";")[0] ?? "";
}

/**
 * Adds a person to the demo organisation's staff with the given roles, as an admin does on the Users
 * page, and answers their e-mail and the one-time password the server generated.
 */
export async function addStaffMember(
  platform: Platform,
  person: { email: string; name: string; roles: StaffRole[] },
  organisation = "dubova",
): Promise<StaffPerson> {
  const response = await fetch(`${platform.url}/api/v1/organisations/${organisation}/staff`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: await adminCookie(platform) },
    body: JSON.stringify(person),
  });
  const body = (await response.json()) as { password?: string };
  if (!response.ok || !body.password)
    throw new Error(`${person.email} could not be added: ${response.status} ${JSON.stringify(body)}`);
  return { email: person.email, password: body.password };
}

/** Signs a person in on the builder's sign-in page and waits for the documents list. */
export async function signInToBuilder(page: Page, platform: Platform, person: StaffPerson): Promise<void> {
  await page.goto(`${platform.url}/builder/sign-in`);
  await page.getByLabel("E-mail").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
}
