import { connectNats } from "#shared/events/nats.js";
import {
  DeadLetterNotFoundError,
  listDeadLetters,
  replayDeadLetter,
  type DeadLetter,
} from "#shared/events/dead-letters.js";
import { toolingNatsSettings } from "./nats/server.js";
import { createLogger } from "#shared/logger.js";
import { redactUrl, START_HINTS } from "#shared/service/dependency-errors.js";
import { loadToolingEnvOrExit } from "./env.js";

/** The tool's answer goes to stdout as plain text or JSON; its diagnostics go through pino. */
const writeLine = (text: string) => process.stdout.write(`${text}\n`);

/**
 * `npm run events:dead-letters`: lists the messages consumers gave up on (DEAD_LETTERS, in EVENT_NAMESPACE).
 * `-- --replay SEQ` publishes one again on its original subject and removes it; `-- --json` prints JSON.
 */
const env = loadToolingEnvOrExit();
const logger = createLogger("dead-letters", "info");
const args = process.argv.slice(2);
const json = args.includes("--json");
const replayIndex = args.indexOf("--replay");
const replaySeq = replayIndex === -1 ? undefined : Number(args[replayIndex + 1]);
if (replaySeq !== undefined && !(Number.isInteger(replaySeq) && replaySeq > 0)) {
  logger.fatal("usage: npm run events:dead-letters [-- --json] [-- --replay SEQ]  (SEQ: the # column of the list)");
  process.exit(2);
}

const quiet = createLogger("dead-letters", "silent");
const nats = await connectNats(toolingNatsSettings(env), "dead-letters", quiet).catch((error: Error) => {
  logger.fatal(`NATS is not reachable at ${redactUrl(env.NATS_URL)} (${error.message}). ${START_HINTS.nats}`);
  process.exit(1);
});
let exitCode = 0;
try {
  if (replaySeq !== undefined) {
    const letter = await replayDeadLetter(nats, replaySeq);
    const what = `${letter.eventType ?? "unreadable"} ${letter.eventId ?? ""}`;
    if (json) writeLine(JSON.stringify({ replayed: letter }));
    else writeLine(`replayed #${letter.seq} (${what}) to ${letter.originalSubject}`);
  } else {
    const letters = await listDeadLetters(nats);
    if (json) writeLine(JSON.stringify(letters));
    else print(letters);
  }
} catch (error) {
  if (!(error instanceof DeadLetterNotFoundError)) throw error;
  logger.error(error.message);
  exitCode = 1;
} finally {
  await nats.nc.close();
}
process.exit(exitCode);

function print(letters: DeadLetter[]): void {
  if (letters.length === 0) {
    writeLine("no dead letters");
    return;
  }
  for (const letter of letters) {
    writeLine(
      [
        `#${letter.seq}`,
        letter.parkedAt,
        letter.consumer ?? "?",
        letter.eventType ?? "unreadable event",
        letter.eventId ?? "",
        `after ${letter.deliveries ?? "?"} deliveries`,
        `trace ${letter.traceId ?? "-"}`,
      ].join("  "),
    );
    writeLine(`    ${letter.error ?? "no reason recorded"}`);
  }
  writeLine(`${letters.length} dead letter(s); replay one with: npm run events:dead-letters -- --replay <#>`);
}
