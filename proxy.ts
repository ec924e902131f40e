// Sends `/` and unprefixed paths to a locale (Kazakh by default, or the browser's language).
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Skip API routes, exports, Next internals and files with an extension.
  matcher: ["/((?!api|exports|_next|_vercel|.*\\..*).*)"],
};
