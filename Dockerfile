# One image for every service; docker-compose.yml picks the entry point per container.
FROM node:20-bookworm-slim
WORKDIR /app
ENV APOLLO_TELEMETRY_DISABLED=true
COPY . .
# Dev dependencies are needed once to generate the Prisma client (postinstall), then dropped.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund
# The report files' folder (a volume shared by tradeflow and the gateway) must be the node user's.
RUN mkdir -p .tmp/reports && chown node:node .tmp/reports
USER node
EXPOSE 3005 4001 4002 4003 4004
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
