// The closed set of inflectional suffix chains a Kazakh noun stem can take:
// STEM + plural? + possessive? + case?, each suffix in the allomorph that the stem's harmony and
// final sound class select (KAZAKH.md, "Noun inflection"). Derivational suffixes (-лық, -шы,
// -сыз, -лы …) are deliberately absent: they make another word.
import type { SuffixTag } from "@/lib/annotate/types";
import type { Harmony, SoundClass } from "@/lib/morphology/kk/phonology";

export interface ChainSuffix {
  form: string;
  tag: SuffixTag;
}

export interface Chain {
  /** The suffixes joined, as folded text. */
  text: string;
  suffixes: ChainSuffix[];
  /** The chain begins with a vowel-initial possessive (-ы, -ым …): the stem's final к/қ/п voices before it. */
  vowelPossFirst: boolean;
  hasPossessive: boolean;
  /**
   * A bare accusative -ды/-ді/-ты/-ті on a consonant stem: the same letters as the derivational
   * "having" suffix (заңды "lawful"), so on its own it says nothing for sure.
   */
  ambiguousAccusative: boolean;
}

/** What may follow a suffix: a sound class, or the special states after possessives. */
type State = SoundClass | "P3" | "P12";

interface Partial {
  suffixes: ChainSuffix[];
  state: State;
}

function possessives(state: SoundClass, back: boolean): Partial[] {
  const a = back ? "а" : "е";
  const y = back ? "ы" : "і";
  const afterVowel = state === "V";
  const v = afterVowel ? "" : y;
  const list: [string, SuffixTag, State][] = [
    [`${v}м`, "poss1sg", "P12"],
    [`${v}ң`, "poss2sg", "P12"],
    [`${v}ң${y}з`, "poss2sgPolite", "Z"],
    [afterVowel ? `с${y}` : y, "poss3", "P3"],
    [`${v}м${y}з`, "poss1pl", "Z"],
    [`${v}ңд${a}р`, "poss2pl", "R"],
    [`${v}ң${y}зд${a}р`, "poss2plPolite", "R"],
  ];
  return list.map(([form, tag, next]) => ({ suffixes: [{ form, tag }], state: next }));
}

/** A case suffix, possibly followed by the attributive -ғы/-гі (only after the locative). */
type CaseSuffix = ChainSuffix & { then?: ChainSuffix };

function cases(state: State, back: boolean): CaseSuffix[] {
  const a = back ? "а" : "е";
  const y = back ? "ы" : "і";
  const gy = back ? "ғы" : "гі";
  if (state === "P3") {
    // The pronominal н after the 3rd-person possessive.
    return [
      { form: `н${y}ң`, tag: "genitive" },
      { form: "н", tag: "accusative" },
      { form: `н${a}`, tag: "dative" },
      // -дағы = locative + the attributive -ғы/-гі (сотындағы: сот + ы + нда + ғы).
      { form: `нд${a}`, tag: "locative", then: { form: gy, tag: "attributive" } },
      { form: `н${a}н`, tag: "ablative" },
      { form: "мен", tag: "instrumental" },
      { form: "менен", tag: "instrumental" },
      { form: "нікі", tag: "possessivePronoun" },
    ];
  }
  const c: SoundClass = state === "P12" ? "N" : state;
  const gen = c === "V" || c === "N" ? "н" : c === "T" ? "т" : "д";
  const acc = c === "V" ? "н" : c === "T" ? "т" : "д";
  const dat = state === "P12" ? a : c === "T" ? (back ? "қа" : "ке") : back ? "ға" : "ге";
  const loc = c === "T" ? "т" : "д";
  const abl = c === "N" ? "н" : c === "T" ? "т" : "д";
  const ins = c === "T" ? "п" : c === "Z" ? "б" : "м";
  const list: CaseSuffix[] = [
    { form: `${gen}${y}ң`, tag: "genitive" },
    { form: `${acc}${y}`, tag: "accusative" },
    { form: dat, tag: "dative" },
    { form: `${loc}${a}`, tag: "locative", then: { form: gy, tag: "attributive" } },
    { form: `${abl}${a}н`, tag: "ablative" },
    { form: `${ins}ен`, tag: "instrumental" },
    { form: `${ins}енен`, tag: "instrumental" },
  ];
  // -нікі/-дікі/-тікі has no back variant; after м н ң both н and д are heard.
  if (c === "V") list.push({ form: "нікі", tag: "possessivePronoun" });
  else if (c === "T") list.push({ form: "тікі", tag: "possessivePronoun" });
  else if (c === "N") list.push({ form: "нікі", tag: "possessivePronoun" }, { form: "дікі", tag: "possessivePronoun" });
  else list.push({ form: "дікі", tag: "possessivePronoun" });
  return list;
}

const AMBIGUOUS_ACCUSATIVE_CLASSES: readonly SoundClass[] = ["L", "N", "Z", "T"];

/** Every chain for a stem of this class and harmony, the empty chain first. */
export function generateChains(cls: SoundClass, harmony: Harmony): Chain[] {
  const back = harmony === "back";
  const a = back ? "а" : "е";
  const pluralConsonant = cls === "V" || cls === "R" ? "л" : cls === "T" ? "т" : "д";
  const plural: Partial = { suffixes: [{ form: `${pluralConsonant}${a}р`, tag: "plural" }], state: "R" };
  const bases: Partial[] = [{ suffixes: [], state: cls }, plural];
  for (const poss of possessives(cls, back)) bases.push(poss);
  for (const poss of possessives("R", back)) bases.push({ suffixes: [...plural.suffixes, ...poss.suffixes], state: poss.state });

  const chains: Chain[] = [];
  for (const base of bases) {
    chains.push(makeChain(base.suffixes, cls));
    for (const { then, ...c } of cases(base.state, back)) {
      chains.push(makeChain([...base.suffixes, c], cls));
      if (then) chains.push(makeChain([...base.suffixes, c, then], cls));
    }
  }
  return chains;
}

function makeChain(suffixes: ChainSuffix[], cls: SoundClass): Chain {
  const first = suffixes[0];
  return {
    text: suffixes.map((s) => s.form).join(""),
    suffixes,
    vowelPossFirst: first !== undefined && first.tag.startsWith("poss") && /^[ыі]/.test(first.form),
    hasPossessive: suffixes.some((s) => s.tag.startsWith("poss") && s.tag !== "possessivePronoun"),
    ambiguousAccusative:
      suffixes.length === 1 && first!.tag === "accusative" && AMBIGUOUS_ACCUSATIVE_CLASSES.includes(cls),
  };
}

/** Which chains a stem record admits beyond its class and harmony. */
export interface ChainFilter {
  /** Only chains with a possessive: the head of a noun + noun compound (сот жүйе-сі). */
  requirePossessive: boolean;
  /** "vowel": only chains opening with a vowel-initial possessive (the voiced or vowel-dropped stem); "consonant": none of those. */
  opening: "any" | "vowel" | "consonant";
}

export type ChainMap = ReadonlyMap<string, readonly Chain[]>;

const CLASSES: readonly SoundClass[] = ["V", "R", "L", "N", "Z", "T"];
const HARMONIES: readonly Harmony[] = ["back", "front"];
const baseChains = new Map<string, Chain[]>();
function chainsOf(cls: SoundClass, harmony: Harmony): Chain[] {
  const key = cls + harmony;
  let chains = baseChains.get(key);
  if (!chains) {
    chains = generateChains(cls, harmony);
    baseChains.set(key, chains);
  }
  return chains;
}

const chainMaps = new Map<string, ChainMap>();

/** The chains admitted by any of these classes and harmonies under the filter, keyed by their text (shared, cached). */
export function chainMap(classes: readonly SoundClass[], harmonyList: readonly Harmony[], filter: ChainFilter): ChainMap {
  const key = `${[...classes].sort().join("")}|${[...harmonyList].sort().join(",")}|${filter.requirePossessive}|${filter.opening}`;
  const cached = chainMaps.get(key);
  if (cached) return cached;
  const map = new Map<string, Chain[]>();
  for (const cls of classes) {
    for (const harmony of harmonyList) {
      for (const chain of chainsOf(cls, harmony)) {
        if (filter.requirePossessive && !chain.hasPossessive) continue;
        if (filter.opening === "vowel" && !chain.vowelPossFirst) continue;
        if (filter.opening === "consonant" && chain.vowelPossFirst) continue;
        const list = map.get(chain.text);
        if (!list) map.set(chain.text, [chain]);
        else if (!list.some((c) => sameSuffixes(c, chain))) list.push(chain);
      }
    }
  }
  chainMaps.set(key, map);
  return map;
}

const sameSuffixes = (a: Chain, b: Chain) =>
  a.suffixes.length === b.suffixes.length && a.suffixes.every((s, i) => s.form === b.suffixes[i]!.form && s.tag === b.suffixes[i]!.tag);

interface TrieNode {
  /** Keyed by UTF-16 code unit: reading word[i] as a one-letter string would allocate one per letter. */
  next: Map<number, TrieNode>;
  /** A whole chain ends here (reading the word from its end). */
  terminal: boolean;
}

let reversedTrie: TrieNode | undefined;

/** All chain texts of all classes, reversed into a trie, to find where a word's suffixes may begin. */
function chainTrie(): TrieNode {
  if (reversedTrie) return reversedTrie;
  const root: TrieNode = { next: new Map(), terminal: false };
  for (const cls of CLASSES) {
    for (const harmony of HARMONIES) {
      for (const chain of chainsOf(cls, harmony)) {
        let node = root;
        for (let i = chain.text.length - 1; i >= 0; i--) {
          const code = chain.text.charCodeAt(i);
          let child = node.next.get(code);
          if (!child) {
            child = { next: new Map(), terminal: false };
            node.next.set(code, child);
          }
          node = child;
        }
        node.terminal = true;
      }
    }
  }
  reversedTrie = root;
  return root;
}

/**
 * The chain trie as flat tables for chainCuts, which runs on many words of every text: a
 * typed-array load per letter instead of a Map lookup. All chain letters are Cyrillic
 * (U+0400–U+04FF), so a node's row has 256 cells: the child's node number + 1, or 0.
 */
interface FlatTrie {
  next: Int32Array;
  terminal: Uint8Array;
}
const CYRILLIC = 0x400;

let flatTrie: FlatTrie | undefined;

function chainTable(): FlatTrie {
  if (flatTrie) return flatTrie;
  const nodes: TrieNode[] = [chainTrie()];
  for (let k = 0; k < nodes.length; k++) for (const child of nodes[k]!.next.values()) nodes.push(child);
  const number = new Map(nodes.map((node, k) => [node, k]));
  const next = new Int32Array(nodes.length * 256);
  const terminal = new Uint8Array(nodes.length);
  nodes.forEach((node, k) => {
    terminal[k] = node.terminal ? 1 : 0;
    for (const [code, child] of node.next) {
      if (code < CYRILLIC || code >= CYRILLIC + 256) throw new Error(`chain letter U+${code.toString(16)} outside Cyrillic`);
      next[k * 256 + code - CYRILLIC] = number.get(child)! + 1;
    }
  });
  flatTrie = { next, terminal };
  return flatTrie;
}

/**
 * Bit p set (1 <= p < word.length): word.slice(p) is some chain's text, as chainStarts lists;
 * nodes[p] is then the number of that text's trie node (see chainsByNode). For words of up to
 * 31 units (the caller checks). Numbers and a caller's buffer, so that the lexicon, which runs
 * it on many words of every text, allocates nothing and cuts no substrings for it.
 */
export function chainCuts(word: string, nodes: Int32Array): number {
  const { next, terminal } = chainTable();
  let bits = 0;
  let node = 0;
  for (let i = word.length - 1; i >= 1; i--) {
    const cell = word.charCodeAt(i) - CYRILLIC;
    if (cell < 0 || cell > 255) break;
    node = next[node * 256 + cell]! - 1;
    if (node < 0) break;
    if (terminal[node]) {
      bits |= 1 << i;
      nodes[i] = node;
    }
  }
  return bits;
}

const byNodeCache = new Map<ChainMap, (readonly Chain[] | undefined)[]>();

/**
 * A chain map re-keyed by trie node number (the empty chain is node 0), so that a word's tail,
 * once read through the trie by chainCuts, is looked up without cutting it out. Cached per map
 * (chain maps are shared and few).
 */
export function chainsByNode(map: ChainMap): readonly (readonly Chain[] | undefined)[] {
  const cached = byNodeCache.get(map);
  if (cached) return cached;
  const { next } = chainTable();
  const table: (readonly Chain[] | undefined)[] = [];
  for (const [text, chains] of map) {
    let node = 0;
    for (let i = text.length - 1; i >= 0; i--) node = next[node * 256 + text.charCodeAt(i) - CYRILLIC]! - 1;
    table[node] = chains;
  }
  byNodeCache.set(map, table);
  return table;
}

/**
 * Positions p (from the end backwards, p < word.length) where word.slice(p) is some chain's
 * text; the empty chain (p = word.length) is not listed.
 */
export function chainStarts(word: string, minStem = 1): number[] {
  const out: number[] = [];
  let node: TrieNode | undefined = chainTrie();
  for (let i = word.length - 1; i >= minStem; i--) {
    node = node.next.get(word.charCodeAt(i));
    if (!node) break;
    if (node.terminal) out.push(i);
  }
  return out;
}
