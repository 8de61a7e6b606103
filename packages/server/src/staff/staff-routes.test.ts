import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

let orgCount = 0;
/** A fresh organisation with one signed-in admin, so each test knows exactly who its staff are. */
async function organisationWithAdmin() {
  const organisation = `town-${++orgCount}`;
  const admin = await server.staff({ [organisation]: ["admin"] });
  const url = `/api/v1/organisations/${organisation}/staff`;
  const call = (
    method: "GET" | "POST" | "PUT" | "DELETE",
    suffix = "",
    payload?: object,
    cookie = admin.cookie,
  ) => server.request({ method, url: `${url}${suffix}`, cookie, ...(payload ? { payload } : {}) });
  const list = async () =>
    (await call("GET")).json().staff as Array<{ id: string; email: string; roles: string[] }>;
  const adminId = (await list()).find((member) => member.email === admin.email)?.id ?? "";
  return { organisation, admin, adminId, call, list };
}

let signIns = 0;
const signIn = (email: string, password: string) =>
  server.request({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
    remoteAddress: `10.1.0.${++signIns}`,
  });
const cookieOf = (response: Awaited<ReturnType<typeof signIn>>) =>
  String([response.headers["set-cookie"]].flat()[0]).split(";")[0] ?? "";
const me = async (cookie: string) =>
  (await server.request({ method: "GET", url: "/api/v1/auth/me", cookie })).json();

describe("staff of an organisation", () => {
  it("adds a new person with a generated password shown once, who can then sign in with those roles", async () => {
    const { organisation, call, list } = await organisationWithAdmin();
    const created = await call("POST", "", {
      email: " Anna.Novak@Dubova.example ",
      name: "Anna Novák",
      roles: ["reviewer", "author", "author"],
    });
    expect(created.statusCode, created.body).toBe(201);
    const member = created.json();
    expect(member).toEqual({
      id: expect.any(String),
      email: "anna.novak@dubova.example",
      name: "Anna Novák",
      roles: ["author", "reviewer"],
      lastSignInAt: null,
      password: expect.any(String),
    });
    expect(member.password.length).toBeGreaterThanOrEqual(16);
    const stored = await server.db
      .selectFrom("staff_users")
      .select("password_hash")
      .where("id", "=", member.id)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$/);
    expect(stored.password_hash).not.toContain(member.password);

    const session = await signIn("anna.novak@dubova.example", member.password);
    expect(session.statusCode).toBe(200);
    expect((await me(cookieOf(session))).organisations).toEqual({ [organisation]: ["author", "reviewer"] });
    // The password is in that one answer only.
    expect((await call("GET")).body).not.toContain(member.password);
    const listed = (await list()).find((entry) => entry.id === member.id) as unknown as {
      lastSignInAt: string | null;
    };
    expect(Date.parse(listed.lastSignInAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("lists the staff by name", async () => {
    const { call, list } = await organisationWithAdmin();
    for (const name of ["Zora Zelená", "Adam Adámek"])
      await call("POST", "", { email: `${name.split(" ")[0]}@test.example`, name, roles: ["officer"] });
    expect((await list()).map((member) => (member as unknown as { name: string }).name)).toEqual([
      "Adam Adámek",
      expect.stringMatching(/^Staff \d+$/),
      "Zora Zelená",
    ]);
  });

  it("adds someone who already has an account without a new password, and refuses adding them twice", async () => {
    const { organisation, call } = await organisationWithAdmin();
    const elsewhere = await server.staff({ "far-town": ["author"] });
    const added = await call("POST", "", {
      email: elsewhere.email,
      name: "Another name",
      roles: ["publisher"],
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().password).toBeUndefined();
    expect(added.json().name).toMatch(/^Staff \d+$/); // their own account's name stays
    expect((await me(elsewhere.cookie)).organisations).toEqual({
      "far-town": ["author"],
      [organisation]: ["publisher"],
    });
    // Their password still works.
    expect((await signIn(elsewhere.email, "correct horse battery staple")).statusCode).toBe(200);

    const again = await call("POST", "", {
      email: elsewhere.email.toUpperCase(),
      name: "x",
      roles: ["author"],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain("is already a member of");
  });

  it("changes a member's roles and removes a member; their open session follows at once", async () => {
    const { organisation, call, list } = await organisationWithAdmin();
    const person = await server.staff({ [organisation]: ["author"], "far-town": ["officer"] });
    const id = (await list()).find((member) => member.email === person.email)?.id;

    const changed = await call("PUT", `/${id}/roles`, { roles: ["publisher", "reviewer"] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id, email: person.email, roles: ["reviewer", "publisher"] });
    expect((await me(person.cookie)).organisations[organisation]).toEqual(["reviewer", "publisher"]);

    const removed = await call("DELETE", `/${id}`);
    expect(removed.statusCode).toBe(204);
    expect((await me(person.cookie)).organisations).toEqual({ "far-town": ["officer"] });
    expect((await list()).map((member) => member.id)).not.toContain(id);
    expect((await call("DELETE", `/${id}`)).statusCode).toBe(404);
  });

  it("never leaves the organisation without an admin, the admin themself included", async () => {
    const { organisation, adminId, call, list } = await organisationWithAdmin();
    const before = await list();
    for (const response of [
      await call("PUT", `/${adminId}/roles`, { roles: ["author"] }),
      await call("DELETE", `/${adminId}`),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toMatch(/only admin of .*make someone else an admin first/);
    }
    expect(await list()).toEqual(before);

    // With a second admin the first may step down, and then the second is the last one.
    const second = await call("POST", "", {
      email: `second-${organisation}@test.example`,
      name: "B",
      roles: ["admin"],
    });
    expect((await call("PUT", `/${adminId}/roles`, { roles: ["author"] })).statusCode).toBe(200);
    const secondCookie = cookieOf(
      await signIn(`second-${organisation}@test.example`, second.json().password),
    );
    expect((await call("DELETE", `/${second.json().id}`, undefined, secondCookie)).statusCode).toBe(409);
    // Keeping admin among other roles is no demotion.
    expect(
      (await call("PUT", `/${second.json().id}/roles`, { roles: ["admin", "officer"] }, secondCookie))
        .statusCode,
    ).toBe(200);
  });

  it("is for the organisation's admins only; other organisations' staff are invisible", async () => {
    const { organisation, adminId, call } = await organisationWithAdmin();
    const author = await server.staff({ [organisation]: ["author", "reviewer", "publisher", "officer"] });
    const outsider = await server.staff({ "far-town": ["admin"] });
    const key = await server.apiKey(organisation, ["author", "publisher", "back-office"]);
    const farMember = (
      await server.request({
        method: "GET",
        url: "/api/v1/organisations/far-town/staff",
        cookie: outsider.cookie,
      })
    ).json().staff[0].id;
    const operations = [
      ["GET", ""],
      ["POST", "", { email: "new@test.example", name: "New", roles: ["author"] }],
      ["PUT", `/${adminId}/roles`, { roles: ["author"] }],
      ["DELETE", `/${adminId}`],
    ] as const;
    for (const [method, suffix, payload] of operations) {
      expect((await call(method, suffix, payload, author.cookie)).statusCode, `${method} as author`).toBe(
        403,
      );
      const withKey = await server.request({
        method,
        url: `/api/v1/organisations/${organisation}/staff${suffix}`,
        apiKey: key,
        ...(payload ? { payload } : {}),
      });
      expect(withKey.statusCode, `${method} with a key`).toBe(403);
      expect((await call(method, suffix, payload, outsider.cookie)).statusCode, `${method} as outsider`).toBe(
        404,
      );
      expect((await call(method, suffix, payload, "")).statusCode, `${method} anonymous`).toBe(401);
    }
    // A member of another organisation is not one of this organisation's, whatever their id.
    expect((await call("PUT", `/${farMember}/roles`, { roles: ["author"] })).statusCode).toBe(404);
    expect((await call("DELETE", "/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await call("GET")).json().staff).toHaveLength(2);
  });

  it("records each change in the organisation's audit log", async () => {
    const { organisation, admin, call } = await organisationWithAdmin();
    const created = (
      await call("POST", "", { email: `audited-${organisation}@test.example`, name: "C", roles: ["author"] })
    ).json();
    await call("PUT", `/${created.id}/roles`, { roles: ["officer"] });
    await call("DELETE", `/${created.id}`);
    const { entries } = (
      await server.request({
        method: "GET",
        url: `/api/v1/organisations/${organisation}/audit`,
        cookie: admin.cookie,
      })
    ).json();
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual([
      "remove-staff",
      "change-staff-roles",
      "add-staff",
    ]);
    expect(entries[1]).toMatchObject({
      actor: `staff:${admin.email}`,
      kind: null,
      documentId: null,
      detail: { userId: created.id, email: created.email, from: ["author"], to: ["officer"] },
    });
    expect(JSON.stringify(entries)).not.toContain(created.password);
  });

  it("refuses a body without roles or with an unknown one", async () => {
    const { call } = await organisationWithAdmin();
    for (const roles of [[], ["mayor"]])
      expect((await call("POST", "", { email: "x@test.example", name: "X", roles })).statusCode).toBe(400);
  });
});
