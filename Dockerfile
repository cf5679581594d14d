# One image for every service; docker-compose.yml picks the entry point per container.
FROM node:20-bookworm-slim
WORKDIR /app
ENV APOLLO_TELEMETRY_DISABLED=true
COPY . .
# Dev dependencies are needed once, to generate the Prisma client (postinstall) and compile, then dropped.
# `npm run build` compiles the TypeScript once here: the containers run plain JavaScript (nothing compiles at start).
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev --no-audit --no-fund
# The report files' folder (a volume shared by tradeflow and the gateway) must be the node user's.
RUN mkdir -p .tmp/reports && chown node:node .tmp/reports
USER node
EXPOSE 3005 4001 4002 4003 4004
CMD ["node", "dist/gateway/src/main.js"]
