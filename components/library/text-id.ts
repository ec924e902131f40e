// A new id for a text in the reader's library: a random UUID where the browser offers one (secure
// pages), else 128 random bits in hex — both fit the ids the annotate action accepts (isTextId).

export function newTextId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
