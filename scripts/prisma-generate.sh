#!/bin/sh
# Generates the Prisma client (shared/src/db/generated) — run by `npm install` (postinstall).
set -e
cd "$(dirname "$0")/.."
PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$(pwd)/prisma/schema-engine-stub.sh}" \
PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 \
  npx --no-install prisma generate
