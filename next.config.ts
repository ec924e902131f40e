// Next.js configuration: next-intl's plugin points at i18n/request.ts; every response carries the
// security headers of lib/security/headers.ts (pages get their own Content-Security-Policy from
// proxy.ts, which replaces the strict default set here).
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/security/headers";

// The messages are compiled at build time (icu-minify), so the browser formats them without an
// ICU parser: the reader's pages use next-intl's client runtime at a few kB.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // .next/standalone: the server with only the files it needs, which the Dockerfile ships and
  // scripts/standalone.ts completes (static files, the content snapshot, the CSP hashes).
  output: "standalone",
  poweredByHeader: false,
  experimental: {
    // app/global-not-found.tsx: the 404 of addresses outside every locale's layout.
    globalNotFound: true,
    // Next would copy each prerendered page into .next/server/route-cache on its first request:
    // the server writes nothing instead (it keeps its cache in memory), so the build folder can be
    // read-only and identical on every instance (README, Deploying).
    isrFlushToDisk: false,
  },
  // Content files are read from disk by server/ loaders; make sure they ship with the server.
  outputFileTracingIncludes: {
    "/**": ["./glossary/**/*", "./articles/**/*", "./messages/**/*"],
  },
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
