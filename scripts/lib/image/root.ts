// What the image rehearsal (scripts/image-rehearsal.ts) needs to know of a Debian root it made:
// who a USER is in the image's own /etc/passwd and /etc/group, which mounts are still inside a
// folder, and where a path inside the root is on this machine without following a link out of it.
import { lstatSync } from "node:fs";
import path from "node:path";

/** What stops the rehearsal, said as it is; anything else is a fault of the rehearsal itself. */
export class RehearsalError extends Error {}

/** Who a step runs as, found as the engine finds a USER: its uid, primary group, supplementary groups and home. */
export interface Account {
  spec: string;
  uid: number;
  gid: number;
  groups: number[];
  home: string;
}

const rows = (text: string) => text.split("\n").filter((line) => line && !line.startsWith("#")).map((line) => line.split(":"));

/**
 * `USER name`, `USER uid`, `USER name:group` or `USER uid:gid` read against the image's passwd
 * and group files. A named user gets its primary group and the groups that list it; a group
 * named after the colon replaces them all. A number the files do not know stands for itself
 * (home /), as in the engine; a name they do not know is refused.
 */
export function accountIn(spec: string, passwdText: string, groupText: string): Account {
  const parts = spec.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw new RehearsalError(`USER ${spec}: expected user or user:group`);
  const [userPart, groupPart] = parts as [string, string | undefined];
  const passwd = rows(passwdText);
  const group = rows(groupText);
  const user = passwd.find((row) => row[0] === userPart) ?? (/^\d+$/.test(userPart) ? passwd.find((row) => row[2] === userPart) : undefined);
  if (!user && !/^\d+$/.test(userPart)) throw new RehearsalError(`USER ${spec}: the image has no user ${userPart}`);
  let gid = Number(user?.[3] ?? 0);
  let groups: number[] = [];
  if (groupPart !== undefined) {
    const found = group.find((row) => row[0] === groupPart) ?? (/^\d+$/.test(groupPart) ? group.find((row) => row[2] === groupPart) : undefined);
    if (!found && !/^\d+$/.test(groupPart)) throw new RehearsalError(`USER ${spec}: the image has no group ${groupPart}`);
    gid = Number(found?.[2] ?? groupPart);
  } else if (user) {
    groups = group.filter((row) => (row[3] ?? "").split(",").includes(user[0]!)).map((row) => Number(row[2]));
  }
  return { spec, uid: Number(user?.[2] ?? userPart), gid, groups, home: user?.[5] || "/" };
}

/** The mount points in a /proc/mounts text at `dir` or below it; the file writes a space, tab, newline or backslash as \040, \011, \012, \134. */
export function mountPointsUnder(procMounts: string, dir: string): string[] {
  const points = procMounts.split("\n").map((line) => (line.split(" ")[1] ?? "").replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8))));
  return points.filter((point) => point === dir || point.startsWith(`${dir}/`));
}

/**
 * A path inside a root as a path on this machine. A symbolic link on the way is refused: one
 * that is absolute means a place inside the image, which this machine would take for its own.
 * Parts that do not exist yet are fine (they are made, not followed).
 */
export function hostPath(root: string, inside: string, use: "read" | "write"): string {
  let at = root;
  for (const part of path.posix.resolve("/", inside).split("/").filter(Boolean)) {
    at = path.join(at, part);
    let link = false;
    try {
      link = lstatSync(at).isSymbolicLink();
    } catch {
      // Not there yet.
    }
    if (link) {
      throw new RehearsalError(
        use === "write"
          ? `${inside} goes through the symbolic link /${path.relative(root, at)} inside the image: the rehearsal writes only through real folders`
          : `${inside} goes through the symbolic link /${path.relative(root, at)} inside the image, which the rehearsal does not follow`,
      );
    }
  }
  return at;
}
