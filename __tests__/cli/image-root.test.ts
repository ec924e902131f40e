// What the image rehearsal reads of the Debian root it made (scripts/lib/image/root.ts): a USER
// as the engine finds it in the image's own account files, the mounts still inside a folder
// before it is deleted, and paths inside the root that must not lead out of it through a link.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { accountIn, hostPath, mountPointsUnder } from "@/scripts/lib/image/root";

const PASSWD = "root:x:0:0:root:/root:/bin/bash\nnode:x:1000:1000::/home/node:/bin/bash\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n";
const GROUP = "root:x:0:\nwww-data:x:33:\nnode:x:1000:\nssl-cert:x:103:node,www-data\n";

describe("a USER read against the image's passwd and group", () => {
  it("gives a named user its uid, primary group, the groups that list it and its home", () => {
    expect(accountIn("node", PASSWD, GROUP)).toEqual({ spec: "node", uid: 1000, gid: 1000, groups: [103], home: "/home/node" });
    expect(accountIn("root", PASSWD, GROUP)).toEqual({ spec: "root", uid: 0, gid: 0, groups: [], home: "/root" });
    expect(accountIn("33", PASSWD, GROUP)).toMatchObject({ uid: 33, gid: 33, home: "/var/www" });
  });

  it("takes the group after a colon, by name or number, instead of all the user's groups", () => {
    expect(accountIn("node:www-data", PASSWD, GROUP)).toEqual({ spec: "node:www-data", uid: 1000, gid: 33, groups: [], home: "/home/node" });
    expect(accountIn("node:0", PASSWD, GROUP)).toMatchObject({ gid: 0, groups: [] });
  });

  it("lets numbers the files do not know stand for themselves, and refuses unknown names and a malformed spec", () => {
    expect(accountIn("4242:4343", PASSWD, GROUP)).toEqual({ spec: "4242:4343", uid: 4242, gid: 4343, groups: [], home: "/" });
    expect(() => accountIn("nobody", PASSWD, GROUP)).toThrow("USER nobody: the image has no user nobody");
    expect(() => accountIn("node:staff", PASSWD, GROUP)).toThrow("USER node:staff: the image has no group staff");
    expect(() => accountIn("node:node:x", PASSWD, GROUP)).toThrow("USER node:node:x: expected user or user:group");
  });
});

describe("the mounts inside a folder", () => {
  const mounts = "proc /proc proc rw 0 0\nproc /var/cache/r/stage-0/proc proc rw 0 0\nproc /var/cache/r/stage-0x/proc proc rw 0 0\nproc /var/cache/my\\040roots/stage-1/proc proc rw 0 0\n";

  it("finds those at the folder or below it, not in a folder whose name only starts the same", () => {
    expect(mountPointsUnder(mounts, "/var/cache/r/stage-0")).toEqual(["/var/cache/r/stage-0/proc"]);
    expect(mountPointsUnder(mounts, "/var/cache/r")).toEqual(["/var/cache/r/stage-0/proc", "/var/cache/r/stage-0x/proc"]);
  });

  it("reads the escapes /proc/mounts writes for a space in a path", () => {
    expect(mountPointsUnder(mounts, "/var/cache/my roots/stage-1")).toEqual(["/var/cache/my roots/stage-1/proc"]);
  });
});

describe("a path inside a root as a path on this machine", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "zan-root-"));
    mkdirSync(path.join(root, "app"));
    symlinkSync("/etc", path.join(root, "app", "conf"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("joins real folders and parts not made yet", () => {
    expect(hostPath(root, "/app/.next/server", "write")).toBe(path.join(root, "app/.next/server"));
    expect(hostPath(root, "app/../app/x", "write")).toBe(path.join(root, "app/x"));
  });

  it("refuses a symbolic link on the way, which would lead to this machine's own folders", () => {
    expect(() => hostPath(root, "/app/conf/passwd", "write")).toThrow("/app/conf/passwd goes through the symbolic link /app/conf inside the image");
    expect(() => hostPath(root, "/app/conf", "read")).toThrow("/app/conf goes through the symbolic link /app/conf inside the image, which the rehearsal does not follow");
  });
});
