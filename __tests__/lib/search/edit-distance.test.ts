import { withinOneEdit } from "@/lib/search/edit-distance";

describe("withinOneEdit", () => {
  it.each([
    ["медиация", "медиацея", "a substitution"],
    ["медиация", "медиаия", "a deletion"],
    ["медиация", "медиацияя", "an insertion"],
    ["медиация", "медиаиця", "a transposition"],
    ["сот", "сот", "no change"],
  ])("accepts %s / %s (%s)", (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  it.each([
    ["медиация", "медеацея"],
    ["медиация", "меди"],
    ["сот", "тос"],
  ])("refuses %s / %s, two or more edits apart", (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});
