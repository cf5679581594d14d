#!/bin/sh
# `npm run build`: compiles the services, shared/ and scripts/ to JavaScript in dist/ (same layout), which
# production runs with plain node (scripts/run.sh, the Dockerfile). Emit only: `npm run typecheck` checks.
# dist/package.json maps `#shared/*` to the compiled shared/src, as the root package.json does for the sources.
# Then scripts/bundle.ts puts each service and `npm start`'s launcher in one file, run through a V8 code
# cache by the entry's dist/…/main.js (shared/src/service/bundle-runner.ts): the cold start is mostly gone.
set -e
cd "$(dirname "$0")/.."
rm -rf dist
npx --no-install tsc -p tsconfig.build.json --noCheck
printf '%s\n' '{ "type": "module", "imports": { "#shared/*": "./shared/src/*" } }' >dist/package.json
node dist/scripts/bundle.js
