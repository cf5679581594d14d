import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { z } from "zod";
import { ROLE_IDS, ROLES } from "#shared/auth/claims.js";
import { assertPasswordPolicy } from "#shared/auth/password-policy.js";
import { createDb } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { createLogger } from "#shared/logger.js";
import { hashPassword } from "../../subgraphs/auth/src/modules/sessions/passwords.js";
import { emailField, phoneField } from "../../subgraphs/admin/src/modules/users/users.service.js";
import { userSnapshot } from "../../subgraphs/admin/src/modules/users/user-snapshot.js";
import { loadToolingEnvOrExit } from "../env.js";

/**
 * `npm run users:create-super-admin -- --email <email> --name "<full name>" [--phone <phone>]`: the first
 * account of a production database, where the seed creates none and every other account is created through
 * the API by an administrator. The password is read from standard input (asked without echo on a terminal,
 * else its first line), never from the command line, where `ps` and the shell's history would keep it; it
 * must pass the same policy as any password (shared/src/auth/password-policy.ts) and is hashed as auth hashes.
 * Refused when an active super administrator exists: after the first, accounts are made with `createUser`.
 * Like the seed, this tooling writes admin's and auth's rows directly; it also writes the `admin.user.created`
 * event createUser would, with no actor, which admin's relay publishes once admin runs: the account is in the
 * audit trail, and auth's projection of it agrees with what is written here.
 */
const env = loadToolingEnvOrExit();
const logger = createLogger("users:create-super-admin", "info");

class Refused extends Error {}

/** Ctrl-C or Ctrl-D at the prompt. */
class Cancelled extends Error {}

const argumentsSchema = z.object({
  email: emailField,
  name: z.string().trim().min(2, "must have at least 2 characters").max(191),
  phone: phoneField.optional(),
});

function readArguments() {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, phone: { type: "string" } },
      strict: true,
    }));
  } catch {
    // Not parseArgs' message: it repeats the offending argument, which may be a password typed in the wrong place.
    throw new Refused("usage: --email <email> --name <full name> [--phone <phone>]; the password goes on stdin");
  }
  const parsed = argumentsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Refused(`--${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

/** The password: asked twice without echo on a terminal, else the first line of standard input. */
async function readPassword(email: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    throw new Refused("no password on standard input");
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  // In raw mode Ctrl-C is a key, not a signal: readline reports it (SIGINT) or closes (Ctrl-D).
  let cancel: () => void = () => undefined;
  const cancelled = () => cancel();
  prompt.on("SIGINT", cancelled).on("close", cancelled);
  const ask = (question: string) =>
    new Promise<string>((resolve, reject) => {
      cancel = () => {
        muted = false;
        process.stderr.write("\n");
        reject(new Cancelled("cancelled"));
      };
      prompt.question(question, (answer) => {
        muted = false;
        process.stderr.write("\n");
        cancel = () => undefined;
        resolve(answer);
      });
      muted = true;
    });
  try {
    const password = await ask(`Password for ${email}: `);
    if ((await ask("Again: ")) !== password) throw new Refused("the two passwords differ");
    return password;
  } finally {
    prompt.off("close", cancelled);
    prompt.close();
  }
}

async function main(): Promise<void> {
  const input = readArguments();
  const password = await readPassword(input.email);
  try {
    assertPasswordPolicy(password, "password", [input.email, input.name]);
  } catch (error) {
    if (error instanceof GraphQLError) throw new Refused(error.message);
    throw error;
  }
  const passwordHash = await hashPassword(password);
  const db = createDb(env.DATABASE_URL);
  try {
    const roles = await db.role.count({ where: { OR: ROLES.map((code) => ({ id: ROLE_IDS[code], code })) } });
    if (roles !== ROLES.length) {
      throw new Refused("the roles are missing: apply the migrations and the seed first (npm run db:migrate, db:seed)");
    }
    const user = await db.$transaction(async (tx) => {
      // Two runs at once: the second waits here, then finds the first one's account.
      await tx.$queryRaw`SELECT id FROM admin_role WHERE id = ${ROLE_IDS.SUPER_ADMIN} FOR UPDATE`;
      if (await tx.user.count({ where: { roleId: ROLE_IDS.SUPER_ADMIN, active: true } })) {
        throw new Refused(
          "this database has an active super admin already: create other accounts with createUser as an administrator",
        );
      }
      const sameLogin = { OR: [{ email: input.email }, ...(input.phone ? [{ phone: input.phone }] : [])] };
      const taken =
        (await tx.user.findFirst({ where: sameLogin })) ?? (await tx.authAccount.findFirst({ where: sameLogin }));
      if (taken) throw new Refused("an account already has this email or phone number");
      const created = await tx.user.create({
        data: { fullName: input.name, email: input.email, phone: input.phone ?? null, roleId: ROLE_IDS.SUPER_ADMIN },
      });
      await tx.authAccount.create({
        data: {
          userId: created.id,
          email: input.email,
          phone: input.phone ?? null,
          passwordHash,
          role: "SUPER_ADMIN",
          regionIds: [],
        },
      });
      const snapshot = await userSnapshot(tx, created.id);
      const event = createEvent("admin.user.created", snapshot!, { traceId: `users:create-super-admin:${created.id}` });
      await tx.adminOutboxEvent.create({ data: toOutboxRow(event) });
      return created;
    });
    logger.info({ userId: user.id, email: user.email }, "super admin created: log in with this email and password");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof Cancelled) {
    logger.error("cancelled: nothing was written");
    process.exitCode = 130;
    return;
  }
  if (error instanceof Refused) logger.error(error.message);
  else logger.fatal({ err: error }, "could not create the super admin");
  process.exitCode = 1;
});
