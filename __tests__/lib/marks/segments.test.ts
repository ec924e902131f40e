import { segmentText, toSegments } from "@/lib/marks/segments";

describe("toSegments", () => {
  const text = "Қазақстанда алқабилер соты енгізілді.";
  const spans = [
    { start: 12, end: 26, termId: "jury-trial", text: "алқабилер соты", analysis: { lemma: "сот", stem: "сот", suffixes: [{ form: "ы", tag: "poss3" as const }] } },
  ];

  it("cuts a text into plain runs and term occurrences that join back into the text", () => {
    const segments = toSegments(text, spans);
    expect(segments).toEqual(["Қазақстанда ", ["алқабилер соты", "jury-trial", "сот|сот||ы:poss3"], " енгізілді."]);
    expect(segments.map(segmentText).join("")).toBe(text);
  });

  it("keeps a term at the very start or end without empty runs", () => {
    expect(toSegments("сот", [{ start: 0, end: 3, termId: "court", text: "сот" }])).toEqual([["сот", "court"]]);
  });
});
