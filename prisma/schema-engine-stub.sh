#!/bin/sh
# `prisma generate` insists on a schema engine binary it cannot download here (no access to
# binaries.prisma.sh). Generation itself does not run it, so this stub stands in. Migrations are
# applied by `npm run db:migrate` (scripts/db/migrations.ts), not by the schema engine.
echo "schema engine unavailable: migrations are applied with npm run db:migrate" >&2
exit 1
