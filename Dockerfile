# syntax=docker/dockerfile:1
# shoplink's production image: built in one stage, run in another with only the production dependencies, as the
# unprivileged `node` user, with node as the process that receives SIGTERM. See README → Production.

# Production dependencies only. better-sqlite3 compiles from source where no prebuilt binary matches.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# The build: every dependency (TypeScript, Mermaid's browser file), then dist/.
FROM deps AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    # The image is a server: no platform token is a start-up error, never a terminal chat that ends at once.
    PLATFORMS=any \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY flows ./flows
COPY src/bin ./src/bin
# The default SQLite database lives in data/; mount a volume there, or set DATABASE_URL=postgres://…
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# Exec form: node itself gets SIGTERM (no shell, no npm in between) and exits 0 once it has stopped.
CMD ["node", "dist/cli.js", "start"]
