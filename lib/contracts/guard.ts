// Small type guards for JSON the browser fetches from the app's own routes: a response is checked
// against its contract before the page uses it, never cast. Written by hand because zod would
// add its weight to every page that fetches; each guard can say where a value went wrong.

/** Is `value` a T? On a mismatch, `fail` (if given) hears the path of the first wrong part. */
export type Guard<T> = (value: unknown, fail?: (path: string) => void) => value is T;

const at = (fail: ((path: string) => void) | undefined, key: string | number) =>
  fail && ((path: string) => fail(path === "" ? String(key) : `${key}.${path}`));

/** A guard on a plain condition: on a mismatch the path is the value itself (""). */
const leaf =
  <T>(test: (value: unknown) => boolean): Guard<T> =>
  (value, fail): value is T => {
    if (test(value)) return true;
    fail?.("");
    return false;
  };

export const isString: Guard<string> = leaf((v) => typeof v === "string");
/** A finite number (JSON has no NaN or Infinity). */
export const isNumber: Guard<number> = leaf((v) => typeof v === "number" && Number.isFinite(v));
export const isBoolean: Guard<boolean> = leaf((v) => typeof v === "boolean");

/** One of a closed list of strings. */
export const oneOf = <const T extends string>(values: readonly T[]): Guard<T> => {
  const allowed = new Set<string>(values);
  return leaf((v) => typeof v === "string" && allowed.has(v));
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const arrayOf =
  <T>(item: Guard<T>): Guard<T[]> =>
  (value, fail): value is T[] => {
    if (!Array.isArray(value)) {
      fail?.("");
      return false;
    }
    return value.every((element, i) => item(element, at(fail, i)));
  };

/** An object used as a map: any keys, every value a T. */
export const recordOf =
  <T>(item: Guard<T>): Guard<Record<string, T>> =>
  (value, fail): value is Record<string, T> => {
    if (!isPlainObject(value)) {
      fail?.("");
      return false;
    }
    return Object.entries(value).every(([key, element]) => item(element, at(fail, key)));
  };

type Guards<T> = { [K in keyof T]-?: Guard<T[K]> };

/**
 * An object with these fields (`required`) and, when present, these (`optional`). Other fields
 * are let through: a newer server may send more than this page knows.
 */
export function shape<R extends object, O extends object = object>(required: Guards<R>, optional?: Guards<O>): Guard<R & Partial<O>> {
  return (value, fail): value is R & Partial<O> => {
    if (!isPlainObject(value)) {
      fail?.("");
      return false;
    }
    const fields = Object.entries(required) as [string, Guard<unknown>][];
    if (!fields.every(([key, guard]) => guard(value[key], at(fail, key)))) return false;
    const extra = Object.entries(optional ?? {}) as [string, Guard<unknown>][];
    return extra.every(([key, guard]) => value[key] === undefined || guard(value[key], at(fail, key)));
  };
}

/** A response that is not what its route promises: the page shows its error state. */
export class ContractError extends Error {}

/** `value` as a T, or a ContractError naming what and where: "cards.json: court.kk.term is not as expected". */
export function expectContract<T>(guard: Guard<T>, value: unknown, what: string): T {
  let where = "";
  if (guard(value, (path) => (where = path))) return value;
  throw new ContractError(`${what}: ${where === "" ? "the response" : where} is not as expected`);
}
