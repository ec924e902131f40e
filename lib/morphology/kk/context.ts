// What the next word says about a bare -ды/-ді/-ты/-ті form of a consonant stem, which may be
// the accusative (шешімді шығарды: the decision, object of "issued") or the adjective made by the
// same letters (заңды тұлға: a lawful person; ювеналды сот). Kazakh puts the object before its
// verb, and the adjective before its noun or before a copula (заңды деп танылды: recognised as
// lawful). So the form is read as the accusative only when the word after it, with nothing but a
// space between, is a finite verb, a participle or a converb, and not a copula or a verb of
// naming; anything else keeps the cautious reading, as before.

// Endings of the verb forms that take an object: past (-ды, -ты, -дым …), present (-ады, -йді),
// participles (-ған, -кен, -атын, -йтін) and the converb (-ып, -іп, -п after a vowel), the
// conditional (-са, -се), the intention (-мақ, -пек), each optionally with a person ending.
const TAKES_OBJECT =
  /(?:[дт][ыі]|[ғгқк][аеә]н|[аеыі]т[ыі]н|йт[ыі]н|[ыі]п|[аеоөұүы]п|с[аеә]|[мбп][аеә][қк])(?:м|ң|қ|к|ңыз|ңіз|мыз|міз|ңдар|ңдер)?$/;

// Copulas and verbs of naming, after which a -ды/-ді form is a predicate adjective.
const COPULA = /^(?:бол|де[пгдйс]|дей|емес|таны|сана|есепте)/;

/** Is the word after a bare -ды/-ді/-ты/-ті form a verb that takes it as its object? */
export function objectOfVerb(next: string): boolean {
  return next.length > 2 && TAKES_OBJECT.test(next) && !COPULA.test(next);
}
