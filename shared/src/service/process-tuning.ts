import path from "node:path";
import v8 from "node:v8";

/**
 * How every service process is started, wherever it is started from: `npm start` (scripts/services.ts),
 * `npm run start:<service>` (scripts/run.sh), the bench, and the Docker image (Dockerfile). Found by
 * measuring an idle service's memory (bench/README.md, finding 41): most of what it held above its live
 * heap was room kept for later, not data.
 *
 * - `--expose-gc`: V8's young generation grows to 2 × 16 MiB while a service starts, the start leaves
 *   garbage behind, and a load grows the heap further; an idle service kept all of it resident until its
 *   next collection, which an idle process hardly reaches. The bundle runner collects after the start and
 *   when the service goes quiet after it and after each busy spell, until V8 has given its young generation
 *   back (idle-collector.ts, bench/README.md finding 76). A smaller young generation for good
 *   (`--max-semi-space-size=2`) kept less but cost ~20 % more CPU per page under load.
 * - glibc's allocator: V8 compiles on helper threads, each with its own malloc arena; what a start
 *   allocates there (some 70 MB at the peak: parsing, deserializing the code cache) stayed resident after
 *   it was freed. Two arenas, and a fixed mmap threshold (glibc otherwise raises it to the largest block
 *   ever freed, so that later large blocks come from the arenas and are never given back).
 *
 * The V8 flag is part of what a code cache is checked against (V8 refuses a cache made with other flags),
 * so the build writes its code caches with the same flags (scripts/bundle.ts). scripts/run.sh and the
 * Dockerfile, which cannot import this module, repeat both values; tests/unit/process-tuning.test.ts keeps
 * them equal to these.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ["--expose-gc"];

/**
 * V8 flags a built subgraph sets on itself as it starts, before it compiles anything (`compileBundle`): Node
 * refuses them in NODE_OPTIONS, which the Docker image uses, so they live here once rather than in every
 * command line, and the build's code caches are written with them too (V8 checks a cache against the flags).
 *
 * - `--liftoff-only`: Prisma's query compiler is a WebAssembly module that V8 compiled twice, once quickly
 *   (Liftoff) and again, for its busiest functions, with its optimising compiler (TurboFan) on helper threads,
 *   whose code and compilation memory stayed resident: 20–30 MB of every subgraph's idle memory and a third of
 *   its start's CPU (bench/README.md, finding 72). Prisma keeps the plans it compiles, so after the first query
 *   of each shape the module is off a request's path, and the baseline code is all it needs. Only the
 *   subgraphs, which hold Prisma's client: the gateway's one WebAssembly module is undici's HTTP parser, which
 *   reads every subgraph answer and keeps its optimised code. With the flag, V8 fails a function Liftoff cannot
 *   compile instead of handing it to TurboFan: tests/unit/process-tuning.test.ts compiles Prisma's whole module
 *   that way.
 */
export const SUBGRAPH_RUNTIME_V8_FLAGS: readonly string[] = ["--liftoff-only"];

const SUBGRAPH_BUNDLE = `${path.sep}dist${path.sep}subgraphs${path.sep}`;

/** The runtime V8 flags of the service a bundle (`…/dist/<service>/…/main.bundle.cjs`) belongs to. */
export function runtimeV8Flags(bundlePath: string): readonly string[] {
  return bundlePath.includes(SUBGRAPH_BUNDLE) ? SUBGRAPH_RUNTIME_V8_FLAGS : [];
}

/** Sets a bundle's runtime V8 flags; before its first compilation, so that every code cache sees the same flags. */
export function applyRuntimeV8Flags(bundlePath: string): void {
  for (const flag of runtimeV8Flags(bundlePath)) v8.setFlagsFromString(flag);
}

export const SERVICE_MALLOC_TUNABLES =
  "glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072";

/** The environment a service process gets: the caller's, with the allocator's settings unless it set its own. */
export function serviceProcessEnv<T extends Record<string, string | undefined>>(env: T): T {
  // An empty value counts as unset, as in scripts/run.sh (`${GLIBC_TUNABLES:-…}`).
  return { ...env, GLIBC_TUNABLES: env.GLIBC_TUNABLES || SERVICE_MALLOC_TUNABLES };
}
