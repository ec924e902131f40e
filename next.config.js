// Next.js configuration: next-intl's plugin points at i18n/request.ts; everything else stays default.
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Content files are read from disk by server/ loaders; make sure they ship with the server.
  outputFileTracingIncludes: {
    "/**": ["./glossary/**/*", "./articles/**/*", "./messages/**/*"],
  },
};

module.exports = withNextIntl(nextConfig);
