/**
 * Where the rules' start words occur in a body, found in one pass, so that a rule's regex is run only at the
 * words its matches can start with instead of over the whole body (most rules look for words an article uses a
 * handful of times, and a pass of a large alternation over every character was the bulk of the time rules).
 *
 * A "word" here is what the regex \b sees: a maximal run of the ASCII word characters [A-Za-z0-9_]. A pattern
 * that begins with \b and a letter can only match where such a run starts, and when the pattern spells the
 * run's first word out and follows it with white space, a hyphen or \b, the run is exactly that word.
 */

/** Words the index looks for (case-folded letters a-z), as one set: `WordIndex.has` tells whether a body has one. */
export class WordSet {
  private words?: readonly string[];
  /** Ids of the words in the current trie; set when the trie is built. */
  ids: number[] = [];

  constructor(
    readonly key: string,
    private readonly wordsSource: readonly string[] | (() => readonly string[]),
    /** When true, a word of the text counts when it begins with one of the words. */
    readonly prefixes = false,
  ) {}

  /** Lower-cased; computed once (they may come from a lexicon). */
  get startWords(): readonly string[] {
    if (!this.words) {
      const words = (typeof this.wordsSource === 'function' ? this.wordsSource() : this.wordsSource).map((w) =>
        w.toLowerCase(),
      );
      for (const w of words)
        if (!/^[a-z]+$/.test(w)) throw new Error(`word set ${this.key}: "${w}" must be letters only`);
      this.words = words;
    }
    return this.words;
  }
}

/**
 * A sticky pattern and the words its matches can start with: every match begins where a word starts whose
 * lower-cased form is one of `startWords` (or, with `prefixes`, begins with one of them). That claim is what
 * makes the gated scan equal to a plain global scan; the property test in words.test.ts checks it for every
 * gated pattern, on arbitrary text.
 */
export class GatedPattern extends WordSet {
  private compiled?: RegExp;

  constructor(
    key: string,
    startWords: readonly string[] | (() => readonly string[]),
    private readonly build: () => RegExp,
    prefixes = false,
  ) {
    super(key, startWords, prefixes);
  }

  /** Built once, on first use: the patterns are large alternations built from the lexicons. */
  get pattern(): RegExp {
    if (!this.compiled) {
      const pattern = this.build();
      if (!pattern.sticky || pattern.global)
        throw new Error(`gated pattern ${this.key} must be sticky and not global, found flags "${pattern.flags}"`);
      this.compiled = pattern;
    }
    return this.compiled;
  }
}

const registry: WordSet[] = [];
let trie: WordTrie | undefined;

function register<T extends WordSet>(set: T): T {
  registry.push(set);
  trie = undefined;
  return set;
}

/**
 * Declares a gated pattern. Declare it at module level, so that every start word is known before the first
 * article is indexed; `build` must return a sticky ("y"), non-global regex.
 */
export function gatedPattern(
  key: string,
  startWords: readonly string[] | (() => readonly string[]),
  build: () => RegExp,
  prefixes = false,
): GatedPattern {
  return register(new GatedPattern(key, startWords, build, prefixes));
}

/** Declares words whose presence a rule checks before it scans ("century"); at module level, as gatedPattern. */
export function wordSet(key: string, words: readonly string[]): WordSet {
  return register(new WordSet(key, words));
}

/** Every gated pattern declared (for the property test). */
export function declaredGatedPatterns(): GatedPattern[] {
  return registry.filter((s): s is GatedPattern => s instanceof GatedPattern);
}

const NONE = -1;
const LETTERS = 26;

/**
 * The start words of every gated pattern, case-folded, in a trie over a-z: reading a word letter by letter
 * tells whether it is a start word (or begins with a start prefix) without cutting it out of the text.
 */
class WordTrie {
  private next: number[] = [];
  /** Node → id of the word that ends there, or NONE. */
  private wordEnding: number[] = [];
  /** Node → id of the prefix that ends there, or NONE. */
  private prefixEnding: number[] = [];
  readonly size: number;

  constructor() {
    const ids = new Map<string, number>();
    this.addNode();
    for (const set of registry) {
      set.ids = set.startWords.map((w) => {
        const key = `${set.prefixes ? 'prefix' : 'word'}:${w}`;
        let id = ids.get(key);
        if (id === undefined) {
          id = ids.size;
          ids.set(key, id);
          this.insert(w, id, set.prefixes);
        }
        return id;
      });
    }
    this.size = ids.size;
  }

  private addNode(): number {
    const node = this.wordEnding.length;
    for (let i = 0; i < LETTERS; i++) this.next.push(NONE);
    this.wordEnding.push(NONE);
    this.prefixEnding.push(NONE);
    return node;
  }

  private insert(word: string, id: number, prefix: boolean): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * LETTERS + word.charCodeAt(i) - 97;
      if (this.next[slot] === NONE) this.next[slot] = this.addNode();
      node = this.next[slot]!;
    }
    if (prefix) this.prefixEnding[node] = id;
    else this.wordEnding[node] = id;
  }

  /** The node reached from `node` by the letter with code `c` (either case), or NONE. */
  step(node: number, c: number): number {
    const letter = (c | 0x20) - 97;
    return letter >= 0 && letter < LETTERS ? this.next[node * LETTERS + letter]! : NONE;
  }

  wordAt(node: number): number {
    return this.wordEnding[node]!;
  }

  prefixAt(node: number): number {
    return this.prefixEnding[node]!;
  }
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export class WordIndex {
  private readonly trie: WordTrie;
  /** Start word id → where words equal to it (or beginning with it, for a prefix) start, ascending. */
  private readonly startsById: Array<number[] | undefined>;

  constructor(text: string) {
    this.trie = trie ??= new WordTrie();
    this.startsById = new Array<number[] | undefined>(this.trie.size);
    const t = this.trie;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isAsciiWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let node = 0;
      do {
        if (node !== NONE) {
          node = t.step(node, text.charCodeAt(i));
          if (node !== NONE && t.prefixAt(node) !== NONE) this.add(t.prefixAt(node), start);
        }
        i++;
      } while (i < n && isAsciiWordChar(text.charCodeAt(i)));
      if (node !== NONE && t.wordAt(node) !== NONE) this.add(t.wordAt(node), start);
    }
  }

  private add(id: number, start: number): void {
    const starts = this.startsById[id];
    if (starts === undefined) this.startsById[id] = [start];
    else if (starts[starts.length - 1] !== start) starts.push(start);
  }

  /** True when the body has one of the words of `set`. */
  has(set: WordSet): boolean {
    return set.ids.some((id) => this.startsById[id] !== undefined);
  }

  /** Offsets where the words of `set` start, ascending: for a gated pattern, a superset of a plain scan's match starts. */
  possibleStarts(set: WordSet): number[] {
    let out: number[] | undefined;
    let merged = false;
    for (const id of set.ids) {
      const starts = this.startsById[id];
      if (!starts) continue;
      if (!out) out = starts;
      else {
        out = out.concat(starts);
        merged = true;
      }
    }
    if (!out) return [];
    return merged ? out.sort((x, y) => x - y) : out;
  }
}

/**
 * The matches a global scan of the pattern finds, in order: the first match at or after the end of the
 * previous one. Trying the sticky pattern only at the possible starts finds the same ones, since no match can
 * start anywhere else, and the pattern sees the whole text, so its \b and look-behinds behave as before.
 */
export function gatedMatches(
  text: string,
  words: WordIndex,
  gated: GatedPattern,
  visit: (m: RegExpExecArray) => void,
): void {
  const starts = words.possibleStarts(gated);
  if (starts.length === 0) return;
  const pattern = gated.pattern;
  let from = 0;
  for (const s of starts) {
    if (s < from) continue;
    pattern.lastIndex = s;
    const m = pattern.exec(text);
    if (!m) continue;
    visit(m);
    from = m.index + Math.max(m[0].length, 1);
  }
}
