// What the server sends is compressed for a client that accepts gzip, pages and files alike: the
// glossary's exports and an article's text.json were sent whole before (2.3 MB for the JSON).
// Each answer, unpacked, is byte for byte what a client that does not accept gzip is sent. (The
// TBX export, application/x-tbx, is a type Next's compression does not know, and goes whole.)
import http from "node:http";
import { gunzipSync } from "node:zlib";
import { ARTICLE } from "./reader-helpers";
import { BASE_URL } from "./support/server";

interface Answer {
  status: number;
  encoding: string | undefined;
  type: string | undefined;
  body: Buffer;
}

function get(path: string, acceptEncoding: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, BASE_URL), { headers: { "accept-encoding": acceptEncoding }, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: response.headers["content-encoding"],
          type: response.headers["content-type"],
          body: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`${path}: no answer in 30 s`)));
    request.on("error", reject);
  });
}

const FILES = [
  "/exports/glossary.json",
  "/exports/glossary.csv",
  `/kk/articles/${ARTICLE}/text.json`,
  `/ru/articles/${ARTICLE}/cards.json`,
  `/en/articles/${ARTICLE}/flashcards.csv`,
  `/api/search?q=${encodeURIComponent("сотының")}`,
  `/kk/articles/${ARTICLE}`,
];

describe("compression", () => {
  it.each(FILES)("%s is sent gzipped and unpacks to the uncompressed answer", async (path) => {
    const plain = await get(path, "identity");
    const packed = await get(path, "gzip");
    expect(plain.status).toBe(200);
    expect(plain.encoding).toBeUndefined();
    expect({ status: packed.status, encoding: packed.encoding, type: packed.type }).toEqual({ status: 200, encoding: "gzip", type: plain.type });
    expect(packed.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(packed.body).equals(plain.body)).toBe(true);
  });

  it("brings the whole glossary's JSON under 1 MB on the wire", async () => {
    const packed = await get("/exports/glossary.json", "gzip");
    expect(packed.encoding).toBe("gzip");
    expect(packed.body.length).toBeLessThan(1024 * 1024);
  });
});
