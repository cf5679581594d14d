#!/bin/sh
# Runs one TypeScript entry point (`sh scripts/run.sh gateway/src/main.ts`): with NODE_ENV=production its
# compiled JavaScript from `npm run build` (dist/, built first when missing) with plain node, so nothing
# is compiled at start; otherwise the source itself through tsx, as development wants.
set -e
cd "$(dirname "$0")/.."
# Every service process runs with these (shared/src/service/process-tuning.ts says why; a test keeps them equal).
node_flags="--expose-gc"
export GLIBC_TUNABLES="${GLIBC_TUNABLES:-glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072}"
entry=$1
shift
if [ "${NODE_ENV:-development}" = production ]; then
  compiled="dist/${entry%.ts}.js"
  [ -f "$compiled" ] || npm run --silent build
  exec node $node_flags "$compiled" "$@"
fi
exec node $node_flags --import tsx "$entry" "$@"
