# quizbot — a daily quiz for Slack / Discord, built from your study notes.
#
#   docker build -t quizbot .
#   docker run -d --name quizbot --env-file .env -v quizbot-data:/data -p 3000:3000 quizbot
#
# The container needs a platform: SLACK_BOT_TOKEN (+ SLACK_APP_TOKEN or SLACK_SIGNING_SECRET)
# and/or DISCORD_TOKEN. With neither it runs the terminal quiz, which needs `docker run -it`
# (and HEALTH_PORT set, or the health check reports the container unhealthy); started with no
# token, no TTY and nothing piped in, it says so in one line and exits 2.
#
# The tools run as the image's user: `docker compose exec quizbot quizbot backup` (see README).

# ---- build stage: compile better-sqlite3's native addon and the TypeScript ---------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# node-gyp takes the headers of the image's own Node instead of downloading them.
ENV npm_config_nodedir=/usr/local
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# dist/: plain JavaScript — the bot and the CLI — so the image needs no TypeScript loader
# (~40 MB less memory, and no tsx, esbuild or src/ in the final stage).
RUN npm run build

# ---- final stage: production dependencies + the compiled addon, non-root ------------------------
FROM node:20-bookworm-slim
WORKDIR /app
# A small heap (bench/lib/runtime-flags.ts: peak RSS ~140 MB after 10,000 answers instead of ~330 MB).
ENV NODE_ENV=production \
    QUIZBOT_DB=/data/quizbot.db \
    PORT=3000 \
    NODE_OPTIONS="--max-old-space-size=80 --max-semi-space-size=1" \
    MALLOC_ARENA_MAX=2
COPY package.json package-lock.json ./
# No compiler here: install scripts are skipped and the addon built above is copied in. The chart's
# renderer (@resvg/resvg-js) needs no script: its binary comes in the platform package npm picks.
# Of the chart font package only the two weights the chart draws with are kept (~11 of 49 MB).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force \
 && find node_modules/@expo-google-fonts/noto-sans-jp -type f \( -name '*.ttf' -o -name '*.png' \) \
      ! -name 'NotoSansJP_400Regular.ttf' ! -name 'NotoSansJP_700Bold.ttf' -delete
COPY --from=build /app/node_modules/better-sqlite3/build/Release/better_sqlite3.node node_modules/better-sqlite3/build/Release/better_sqlite3.node
COPY --from=build /app/dist ./dist
# bin/quizbot.mjs runs dist/cli/main.js when there is no src/ beside it; on the PATH as `quizbot`
# (npx would try to chmod the root-owned bin as the node user and fail).
COPY bin ./bin
COPY migrations ./migrations
COPY data/notes ./data/notes
COPY data/aliases.json ./data/aliases.json
COPY slack ./slack
RUN ln -s /app/bin/quizbot.mjs /usr/local/bin/quizbot \
 && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /healthz is on HEALTH_PORT when set, else on PORT (Slack HTTP mode shares it). No curl in the slim image: node asks.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.HEALTH_PORT||process.env.PORT||3000}/healthz`,{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node itself is PID 1 (no npm wrapper), so SIGTERM from `docker stop` reaches the graceful shutdown.
CMD ["node", "dist/main.js"]
