#!/bin/sh
# Runs one TypeScript entry point (`sh scripts/run.sh gateway/src/main.ts`): with NODE_ENV=production its
# compiled JavaScript from `npm run build` (dist/, built first when missing) with plain node, so nothing
# is compiled at start; otherwise the source itself through tsx, as development wants.
set -e
cd "$(dirname "$0")/.."
entry=$1
shift
if [ "${NODE_ENV:-development}" = production ]; then
  compiled="dist/${entry%.ts}.js"
  [ -f "$compiled" ] || npm run --silent build
  exec node "$compiled" "$@"
fi
exec node --import tsx "$entry" "$@"
