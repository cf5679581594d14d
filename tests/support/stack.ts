import { startStack as start, type Stack } from "../../scripts/stack.js";
import { serviceEnvironment } from "./env.js";

export type { Stack };

/** The real gateway and subgraphs, in this process, against the run's database and NATS (or `overrides`). */
export function startStack(overrides: Record<string, string> = {}): Promise<Stack> {
  return start(serviceEnvironment(overrides));
}
