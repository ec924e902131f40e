// The site's canonical origin (ZAN_ORIGIN, e.g. https://zan.example.kz), from which links to the
// other language versions are written. Never taken from the request's Host or X-Forwarded-Host,
// which a client sets at will and which would then be cached with the page.
export function canonicalOrigin(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.ZAN_ORIGIN?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ZAN_ORIGIN: “${value}” is not an absolute URL (expected e.g. https://zan.example.kz).`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`ZAN_ORIGIN: “${value}” must be an http or https URL.`);
  return url.origin;
}
