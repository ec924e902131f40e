// The hand-written guards the browser checks fetched JSON with: each accepts its shape, refuses
// anything else, and says where a value went wrong.
import { arrayOf, ContractError, expectContract, isBoolean, isNumber, isString, oneOf, recordOf, shape } from "@/lib/contracts/guard";

const isPoint = shape<{ x: number; tags: string[] }, { label: string }>({ x: isNumber, tags: arrayOf(isString) }, { label: isString });

const whereWrong = (value: unknown): string | undefined => {
  let where: string | undefined;
  return isPoint(value, (path) => (where = path)) ? undefined : where;
};

describe("the JSON guards", () => {
  it("accept values of their type and refuse others", () => {
    expect([isString("a"), isString(1), isNumber(1.5), isNumber("1"), isNumber(Number.NaN), isBoolean(false), isBoolean(0)]).toEqual([
      true, false, true, false, false, true, false,
    ]);
    expect([oneOf(["kk", "ru"])("ru"), oneOf(["kk", "ru"])("en"), oneOf(["kk"])(null)]).toEqual([true, false, false]);
    expect([recordOf(isNumber)({ a: 1, b: 2 }), recordOf(isNumber)({ a: "1" }), recordOf(isNumber)([1])]).toEqual([true, false, false]);
  });

  it("check an object's required fields and its optional ones when present, and let unknown fields through", () => {
    expect(isPoint({ x: 1, tags: [] })).toBe(true);
    expect(isPoint({ x: 1, tags: ["a"], label: "p", extra: true })).toBe(true);
    expect(isPoint({ x: 1, tags: [], label: 2 })).toBe(false);
    expect(isPoint({ tags: [] })).toBe(false);
    expect(isPoint(null)).toBe(false);
    expect(isPoint([])).toBe(false);
  });

  it("name the path of the first part that is wrong", () => {
    expect(whereWrong({ x: 1, tags: ["a"] })).toBeUndefined();
    expect(whereWrong({ x: "1", tags: [] })).toBe("x");
    expect(whereWrong({ x: 1, tags: ["a", 2] })).toBe("tags.1");
    expect(whereWrong({ x: 1, tags: [], label: false })).toBe("label");
    expect(whereWrong("point")).toBe("");
  });

  it("give the value as its type, or throw a ContractError naming the response and the path", () => {
    expect(expectContract(isPoint, { x: 1, tags: [] }, "points.json")).toEqual({ x: 1, tags: [] });
    expect(() => expectContract(isPoint, { x: 1, tags: [3] }, "points.json")).toThrow(new ContractError("points.json: tags.0 is not as expected"));
    expect(() => expectContract(isPoint, "<html>", "points.json")).toThrow("points.json: the response is not as expected");
  });
});
