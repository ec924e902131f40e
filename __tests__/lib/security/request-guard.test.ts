import { MAX_FORM_BYTES, refusePageRequest, type PageRequest } from "@/lib/security/request-guard";

const request = (over: Partial<PageRequest>): PageRequest => ({
  method: "GET",
  origin: null,
  ownHosts: ["zan.example.kz"],
  contentLength: null,
  ...over,
});

describe("what pages accept", () => {
  it("lets GET and HEAD through", () => {
    expect(refusePageRequest(request({}))).toBeUndefined();
    expect(refusePageRequest(request({ method: "head" }))).toBeUndefined();
  });

  it("answers other methods 405 with Allow", () => {
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
      expect(refusePageRequest(request({ method }))).toEqual(expect.objectContaining({ status: 405, allow: "GET, HEAD" }));
    }
  });

  it("takes a form post from its own pages only (403 otherwise)", () => {
    const post = { method: "POST", contentLength: "20" };
    expect(refusePageRequest(request({ ...post, origin: "https://zan.example.kz" }))).toBeUndefined();
    expect(refusePageRequest(request({ ...post, origin: "https://evil.example" }))?.status).toBe(403);
    expect(refusePageRequest(request({ ...post, origin: "null" }))?.status).toBe(403);
  });

  it("refuses a form over the limit with 413 and one without a length with 411", () => {
    const post = { method: "POST", origin: "https://zan.example.kz" };
    expect(refusePageRequest(request({ ...post, contentLength: String(MAX_FORM_BYTES) }))).toBeUndefined();
    expect(refusePageRequest(request({ ...post, contentLength: String(MAX_FORM_BYTES + 1) }))).toEqual(expect.objectContaining({ status: 413, message: expect.stringMatching(/1048576 bytes/) }));
    expect(refusePageRequest(request({ ...post, contentLength: null }))?.status).toBe(411);
  });
});
