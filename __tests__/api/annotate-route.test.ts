// The POST /api/annotate contract, with the route itself served by node:http on a loopback port
// (it takes Node's request and response as they are): every status the API answers, each with
// a JSON body, and the server still answering afterwards.
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import annotateRoute from "@/pages/api/annotate";
import { MAX_BODY_BYTES, MAX_SPANS } from "@/lib/annotate-request/limits";

let server: Server;
let url: URL;

beforeAll(async () => {
  server = createServer((req, res) => void annotateRoute(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/annotate`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) {
  return fetch(url, { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

/** A refusal: the status, the words for people, and the same said to programs as a code with its parameters. */
async function expectError(
  response: { status: number; headers: Headers; json: () => Promise<unknown> },
  status: number,
  mentions: RegExp,
  code: string,
  params: Record<string, unknown> = expect.any(Object),
) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error?: unknown; code?: unknown; params?: unknown };
  expect(typeof body.error).toBe("string");
  expect(body.error).toMatch(mentions);
  expect(body).toEqual({ error: body.error, code, params });
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Bytes of the body the client had written when the answer came. */
  sent: number;
}

/** A POST written by hand: `write` keeps sending until the answer arrives (or gives up). */
function rawPost(headers: Record<string, string>, write: (send: (chunk: Buffer) => Promise<boolean>) => Promise<void>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(url, { method: "POST", headers }, (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sent }));
    });
    // The server may close the connection while the client still writes: that is expected.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const send = (chunk: Buffer) =>
      new Promise<boolean>((done) => {
        if (answered || req.destroyed) return done(false);
        sent += chunk.byteLength;
        req.write(chunk, () => done(!answered));
      });
    void write(send);
  });
}

describe("POST /api/annotate", () => {
  it("answers the spans of a Kazakh text in the command line's format", async () => {
    const text = "Бүгін алқабилер сотының отырысы өтті.";
    const response = await post(JSON.stringify({ text, lang: "kk" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const { spans } = (await response.json()) as { spans: { start: number; end: number; termId: string; text: string }[] };
    expect(spans).toContainEqual(expect.objectContaining({ start: 6, end: 23, termId: "jury-trial", text: "алқабилер сотының" }));
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("annotates Russian and English text too", async () => {
    const ru = await (await post(JSON.stringify({ text: "Работа суда присяжных.", lang: "ru" }))).json();
    expect(ru.spans).toContainEqual(expect.objectContaining({ termId: "jury-trial", text: "суда присяжных" }));
    const en = await (await post(JSON.stringify({ text: "A jury trial was held.", lang: "en" }))).json();
    expect(en.spans).toContainEqual(expect.objectContaining({ termId: "jury-trial", text: "jury trial" }));
  });

  it("accepts an empty text and a charset in the content type", async () => {
    const response = await post(JSON.stringify({ text: "", lang: "kk" }), { "content-type": "application/json; charset=utf-8" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ spans: [] });
  });

  it("refuses a body whose declared length is over 1 MB with 413, without waiting for it", async () => {
    const answer = await rawPost(
      { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) },
      async (send) => void (await send(Buffer.from("{"))),
    );
    expect(answer.status).toBe(413);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toEqual({
      error: `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes (1 MB).`,
      code: "bodyTooLarge",
      params: { limit: MAX_BODY_BYTES, megabytes: 1 },
    });
    expect(answer.sent).toBe(1);
  });

  it("refuses with 413 a streamed body that turns out larger than 1 MB, before the client is done", async () => {
    const chunk = Buffer.from(`"${"а".repeat(16 * 1024)}`);
    const answer = await rawPost({ "content-type": "application/json" }, async (send) => {
      // Would go on for 16 MB; the server must answer long before.
      for (let sent = 0; sent < 16 * MAX_BODY_BYTES && (await send(chunk)); sent += chunk.byteLength);
    });
    expect(answer.status).toBe(413);
    expect((JSON.parse(answer.body) as { error: string }).error).toMatch(/limit/);
    expect(answer.sent).toBeGreaterThan(MAX_BODY_BYTES);
    expect(answer.sent).toBeLessThan(4 * MAX_BODY_BYTES);
    // …and it keeps serving.
    expect((await post(JSON.stringify({ text: "сот", lang: "kk" }))).status).toBe(200);
  });

  it("accepts a body just under the limit", async () => {
    const padding = "а".repeat(Math.floor((MAX_BODY_BYTES - 100) / 2));
    const response = await post(JSON.stringify({ text: padding, lang: "kk" }));
    expect(response.status).toBe(200);
  });

  it.each([
    ["malformed JSON", '{"text": "сот"', /not valid JSON/, "bodyNotJson"],
    ["a JSON array", '["сот"]', /JSON object: \{"text": "…", "lang": "kk"\}\.$/, "bodyNotObject"],
    ["a missing text", '{"lang": "kk"}', /"text" is missing/, "textMissing"],
    ["a text that is not a string", '{"text": 5, "lang": "kk"}', /"text" must be a string/, "textNotString"],
    ["an unknown lang", '{"text": "сот", "lang": "de"}', /"lang" must be one of "kk", "ru", "en"/, "langInvalid"],
    ["a missing lang", '{"text": "сот"}', /"lang"/, "langInvalid"],
  ])("refuses %s with 400", async (_what, body, mentions, code) => {
    await expectError(await post(body), 400, mentions, code);
  });

  it("refuses a body that is not UTF-8 with 400", async () => {
    await expectError(await post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400, /UTF-8/, "bodyNotUtf8", {});
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"]])(
    "refuses content type %s with 415",
    async (type) => {
      await expectError(await post('{"text": "сот", "lang": "kk"}', { "content-type": type }), 415, /application\/json/, "contentType", { received: type.split(";")[0] });
    },
  );

  it("refuses a request without a content type with 415", async () => {
    await expectError(await post(new TextEncoder().encode('{"text": "сот", "lang": "kk"}'), {}), 415, /Content-Type must be application\/json \(got none\)/, "contentType", { received: "none" });
  });
});

describe("other methods on /api/annotate", () => {
  it.each([["GET"], ["PUT"], ["DELETE"]])("answers %s with 405 and says POST is allowed", async (method) => {
    const response = await fetch(url, { method, ...(method === "PUT" ? { body: "{}" } : {}) });
    await expectError(response, 405, /POST/, "methodNotAllowed", {});
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("refuses a text with more term occurrences than one answer holds (422), and still answers after", async () => {
    const response = await post(JSON.stringify({ text: "сот ".repeat(MAX_SPANS + 1), lang: "kk" }));
    await expectError(response, 422, new RegExp(`more than ${MAX_SPANS} term occurrences; one answer holds at most ${MAX_SPANS}`), "tooManySpans", { max: MAX_SPANS });
    const small = await post(JSON.stringify({ text: "сот ".repeat(MAX_SPANS), lang: "kk" }));
    expect(small.status).toBe(200);
    expect(((await small.json()) as { spans: unknown[] }).spans).toHaveLength(MAX_SPANS);
  });

  it("refuses a run of combining marks past the stream-safe limit (422) at once", async () => {
    const text = `а${"\u0301".repeat(200_000)}${"\u0334".repeat(200_000)}`;
    await expectError(await post(JSON.stringify({ text, lang: "kk" })), 422, /400000 combining marks in a row at offset 31; at most 30/, "tooManyMarks", {
      marks: 400_000,
      offset: 31,
      max: 30,
    });
  });
});
