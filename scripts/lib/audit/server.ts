// The server the audit measures: the one given with --url, or `next start` from the existing
// build (with ZAN_AUDIT=1, so the generated long article is served). The audit builds nothing.
import { startNextServer } from "../next-server";

export interface AuditServer {
  base: string;
  stop: () => void;
}

export async function auditServer(givenUrl: string | undefined, port: number): Promise<AuditServer> {
  if (givenUrl) return { base: givenUrl.replace(/\/$/, ""), stop: () => {} };
  return startNextServer(port, { ZAN_AUDIT: "1" });
}
