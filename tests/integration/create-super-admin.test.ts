import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { ROLE_IDS, ROLES } from "#shared/auth/claims.js";
import { createDb, type PrismaClient } from "#shared/db/client.js";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { dropDatabase, migrate } from "../../scripts/db/migrations.js";
import { seedReferenceData } from "../../scripts/db/reference-data.js";
import { verifyPassword } from "../../subgraphs/auth/src/modules/sessions/passwords.js";
import { inheritedEnvironment } from "../../scripts/env.js";
import { testEnv } from "../support/env.js";

// A database as production has it: migrated, the reference seed, and no account at all.
const url = new URL(testEnv.DATABASE_URL);
url.pathname = `/ct_bootstrap_${randomUUID().slice(0, 8)}`;
const databaseUrl = url.toString();
let db: PrismaClient;

before(async () => {
  await migrate(databaseUrl);
  db = createDb(databaseUrl);
  await seedReferenceData(db);
});
after(async () => {
  await db?.$disconnect();
  await dropDatabase(databaseUrl);
});

/** `npm run users:create-super-admin` with `args`, the password piped to it. */
function createSuperAdmin(args: string[], password: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db/create-super-admin.ts", ...args], {
      cwd: PROJECT_ROOT,
      env: { ...inheritedEnvironment(), DATABASE_URL: databaseUrl, LOG_LEVEL: "info" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
    child.stdin.end(`${password}\n`);
  });
}

const PASSWORD = "Sahel-bootstrap-2026!quay";

test("production's reference seed holds the six roles with their fixed ids, so accounts can be created", async () => {
  const roles = await db.role.findMany({ orderBy: { id: "asc" } });
  assert.deepEqual(
    roles.map((role) => [role.id, role.code]),
    ROLES.map((code) => [ROLE_IDS[code], code]).sort((a, b) => Number(a[0]) - Number(b[0])),
  );
  assert.equal(await db.user.count(), 0);
});

test("a weak password or a bad email is refused, and nothing is written", async () => {
  const weak = await createSuperAdmin(["--email", "root@example.org", "--name", "Awa Ouédraogo"], "password123");
  assert.equal(weak.code, 1);
  assert.match(weak.output, /too common|too easy to guess/);
  const badEmail = await createSuperAdmin(["--email", "not-an-email", "--name", "Awa Ouédraogo"], PASSWORD);
  assert.equal(badEmail.code, 1);
  assert.match(badEmail.output, /--email: must be an email address/);
  // A password typed on the command line, as a flag or a stray argument, is refused and never repeated.
  for (const args of [
    ["--email", "root@example.org", "--password", PASSWORD],
    ["--email", "root@example.org", "--name", "Awa Ouédraogo", PASSWORD],
  ]) {
    const misused = await createSuperAdmin(args, PASSWORD);
    assert.equal(misused.code, 1);
    assert.match(
      misused.output,
      /usage: --email <email> --name <full name> \[--phone <phone>\]; the password goes on stdin/,
    );
    assert.equal(misused.output.includes(PASSWORD), false);
  }
  // An auth account without its admin user (a half-removed one) holds the email: refused, not a crash.
  await db.authAccount.create({ data: { userId: 990_001, email: "orphan@example.org", role: "AGENT", regionIds: [] } });
  const orphan = await createSuperAdmin(["--email", "orphan@example.org", "--name", "Awa Ouédraogo"], PASSWORD);
  assert.equal(orphan.code, 1);
  assert.match(orphan.output, /an account already has this email or phone number/);
  await db.authAccount.delete({ where: { userId: 990_001 } });
  assert.equal(await db.user.count(), 0);
  assert.equal(await db.authAccount.count(), 0);
  assert.equal(await db.adminOutboxEvent.count(), 0);
});

test("the first super admin is created with a password auth verifies; a second one is refused", async () => {
  const first = await createSuperAdmin(
    ["--email", " Root@Example.org ", "--name", "Awa Ouédraogo", "--phone", "+226 70 00 00 99"],
    PASSWORD,
  );
  assert.equal(first.code, 0, first.output);
  assert.equal(first.output.includes(PASSWORD), false, "the password is never printed");
  const user = await db.user.findUniqueOrThrow({ where: { email: "root@example.org" } });
  assert.deepEqual(
    { roleId: user.roleId, fullName: user.fullName, phone: user.phone, active: user.active },
    { roleId: ROLE_IDS.SUPER_ADMIN, fullName: "Awa Ouédraogo", phone: "+22670000099", active: true },
  );
  const account = await db.authAccount.findUniqueOrThrow({ where: { userId: user.id } });
  assert.deepEqual(
    {
      email: account.email,
      role: account.role,
      active: account.active,
      mustChangePassword: account.mustChangePassword,
    },
    { email: "root@example.org", role: "SUPER_ADMIN", active: true, mustChangePassword: false },
  );
  assert.equal(await verifyPassword(account.passwordHash, PASSWORD), true);
  assert.equal(await verifyPassword(account.passwordHash, `${PASSWORD}x`), false);
  // The event createUser writes, for the audit trail and auth's projection, with no actor: the tooling made it.
  const [event] = await db.adminOutboxEvent.findMany({ where: { type: "admin.user.created" } });
  const envelope = JSON.parse(event!.envelope) as { actor: unknown; payload: { userId: string; role: string } };
  assert.deepEqual(
    { actor: envelope.actor, userId: envelope.payload.userId, role: envelope.payload.role },
    { actor: null, userId: String(user.id), role: "SUPER_ADMIN" },
  );

  const second = await createSuperAdmin(["--email", "other@example.org", "--name", "Kofi Mensah"], PASSWORD);
  assert.equal(second.code, 1);
  assert.match(second.output, /has an active super admin already/);
  assert.equal(await db.user.count(), 1);
});
