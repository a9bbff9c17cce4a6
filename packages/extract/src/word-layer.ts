/**
 * The shared word layer: every distinct word form an extractor meets is interned once per thread, and what the
 * lexicons say about it (is it a title word, a country, the first word of an event trigger…) is worked out once
 * for that form and kept as bits of one number. Each extractor then tests a bit where it used to hash the same
 * string into several sets, token after token, article after article.
 *
 * A flag is a pure function of the word's text, registered when its module loads (`wordFlag`), so interning
 * changes no result: it only remembers answers. Flags are computed on a word's first sight from the lexicons
 * the registered tests read, which load lazily on that first call.
 */
import type { Token } from '@dossier/core';

/** One distinct word form: its interned id (per thread) and the flags its registered tests gave it. */
export interface WordClass {
  readonly id: number;
  readonly text: string;
  readonly flags: number;
}

type FlagTest = (text: string) => boolean;

/** 30 flags fit a small integer (V8 keeps integers up to 2^30 - 1 unboxed with pointer compression). */
const MAX_FLAGS = 30;
/**
 * A bound on each table, so that a thread reading millions of distinct forms (numbers, typos, names) keeps its
 * memory flat: past it the table starts afresh. Flags are pure functions of the text, so a form classified
 * again gets the same flags; ids keep counting, so no two forms of one table ever share one.
 */
const MAX_FORMS = 1 << 19;

/** Forms interned with the flags of the tests registered on this table. */
class WordTable {
  private readonly tests: FlagTest[] = [];
  readonly names: string[] = [];
  private byText = new Map<string, WordClass>();
  private nextId = 0;

  constructor(private readonly label: string) {}

  /** A test registered after words were interned empties the table, so that no word misses a flag. */
  register(name: string, test: FlagTest): number {
    if (this.tests.length >= MAX_FLAGS)
      throw new Error(`word-layer: more than ${MAX_FLAGS} ${this.label} flags (adding ${name})`);
    this.tests.push(test);
    this.names.push(name);
    if (this.byText.size > 0) this.byText = new Map();
    return 1 << (this.tests.length - 1);
  }

  classOf(text: string): WordClass {
    return this.byText.get(text) ?? this.classify(text);
  }

  private classify(text: string): WordClass {
    let flags = 0;
    for (let i = 0; i < this.tests.length; i++) if (this.tests[i]!(text)) flags |= 1 << i;
    if (this.byText.size >= MAX_FORMS) this.byText = new Map();
    const cls: WordClass = { id: this.nextId++, text, flags };
    this.byText.set(text, cls);
    return cls;
  }
}

/**
 * Two tables, so that a form meets only the tests of those who ask about it: words as written (the entity
 * finder's, whose lexicons are case-sensitive) and tokens' lower-cased forms (events, quantities).
 */
const wordTable = new WordTable('word');
const tokenTable = new WordTable('token');

/** Registers a test of a word as written (entities) and returns its bit. Call at module load. */
export function wordFlag(name: string, test: FlagTest): number {
  return wordTable.register(name, test);
}

/** Registers a test of a token's lower-cased form (`token.lower`) and returns its bit. Call at module load. */
export function tokenFlag(name: string, test: FlagTest): number {
  return tokenTable.register(name, test);
}

/** The registered flags' names, bit by bit (for tests and diagnostics). */
export function wordFlagNames(): readonly string[] {
  return wordTable.names;
}

export function tokenFlagNames(): readonly string[] {
  return tokenTable.names;
}

/** The class of a word as written: computed on its first sight in this thread, then looked up. */
export function wordClass(text: string): WordClass {
  return wordTable.classOf(text);
}

/** The flags of a word as written. */
export function flagsOf(text: string): number {
  return wordTable.classOf(text).flags;
}

/** The flags of a token's lower-cased form. */
export function tokenFlagsOf(lower: string): number {
  return tokenTable.classOf(lower).flags;
}

/** Per token of one article: the flags of its lower-cased form, and which tokens carry a given flag. */
export interface ArticleWordLayer {
  /** flags[t]: the flags of tokens[t].lower. */
  readonly flags: Int32Array;
  /** Does any token of [from, to) carry one of the bits of `mask`? */
  anyIn(mask: number, from: number, to: number): boolean;
}

const layers = new WeakMap<readonly Token[], ArticleWordLayer>();

class TokenFlags implements ArticleWordLayer {
  readonly flags: Int32Array;
  /** Union of the flags, so that a rule whose trigger the article lacks is skipped in one test. */
  readonly union: number;

  constructor(tokens: readonly Token[]) {
    this.flags = new Int32Array(tokens.length);
    let union = 0;
    for (let t = 0; t < tokens.length; t++) {
      const f = tokenFlagsOf(tokens[t]!.lower);
      this.flags[t] = f;
      union |= f;
    }
    this.union = union;
  }

  anyIn(mask: number, from: number, to: number): boolean {
    if ((this.union & mask) === 0) return false;
    const flags = this.flags;
    for (let t = from; t < to; t++) if ((flags[t]! & mask) !== 0) return true;
    return false;
  }
}

/**
 * The word layer of an article's tokens (lower-cased forms), computed once per token array and shared by the
 * extractors that read the same article. The token array must not change afterwards.
 */
export function articleWordLayer(tokens: readonly Token[]): ArticleWordLayer {
  let layer = layers.get(tokens);
  if (!layer) {
    layer = new TokenFlags(tokens);
    layers.set(tokens, layer);
  }
  return layer;
}
