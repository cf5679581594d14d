# One image for every service; docker-compose.yml picks the entry point per container.
FROM node:20-bookworm-slim
WORKDIR /app
ENV APOLLO_TELEMETRY_DISABLED=true
COPY . .
# Dev dependencies are needed once, to generate the Prisma client (postinstall) and compile, then dropped.
# `npm run build` compiles the TypeScript once here: the containers run plain JavaScript (nothing compiles at start).
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev --no-audit --no-fund
# How every service process runs (shared/src/service/process-tuning.ts says why; a test keeps these equal to
# it). After the build, whose tools need no such limits; the build wrote its code caches with the same V8 flag.
ENV NODE_OPTIONS=--expose-gc \
    GLIBC_TUNABLES=glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072
# The report files' folder (a volume shared by tradeflow and the gateway) must be the node user's, and so
# must the V8 code cache each service writes after its first start (shared/src/service/bundle-runner.ts).
RUN mkdir -p .tmp/reports .tmp/v8-cache && chown node:node .tmp/reports .tmp/v8-cache
USER node
EXPOSE 3005 4001 4002 4003 4004
CMD ["node", "dist/gateway/src/main.js"]
