# The reader's server as an image: built with `npm run build` (content checked, pages
# prerendered, .next/standalone completed by scripts/standalone.ts), shipped as that folder alone
# on a slim Debian Node, run as an unprivileged user. Nothing is downloaded but the base image and
# the locked packages: the fonts come from @fontsource, install scripts are skipped (they only
# check the platform binaries the lock file already names), Next's telemetry is off.
#   docker build -t zan-reader .
#   docker run -p 3000:3000 -e ZAN_ORIGIN=https://your.host zan-reader

FROM node:20-bookworm-slim AS build
# Another registry (a mirror) with --build-arg NPM_CONFIG_REGISTRY=…
ARG NPM_CONFIG_REGISTRY=https://registry.npmjs.org/
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
WORKDIR /app
# Owned by root and read-only to the server: it writes nothing at run time.
COPY --from=build /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/search?q=sot').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap limit of `npm start` (scripts/start.ts says why).
CMD ["node", "--max-old-space-size=512", "server.js"]
