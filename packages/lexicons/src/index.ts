/**
 * Lexicons are general knowledge kept as data, never knowledge of particular articles. Each file in
 * ../data/ is JSON: { "description", "source", "license", "entries": [...] }. The pipeline's cache key
 * includes lexiconsHash(), so editing a lexicon reprocesses every article.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const LEXICON_DIR = fileURLToPath(new URL('../data/', import.meta.url));

export interface Lexicon<T> {
  description: string;
  source: string;
  license: string;
  entries: T[];
}

const cache = new Map<string, Lexicon<unknown>>();

/** Loads ../data/<name>.json once per process. */
export function loadLexicon<T>(name: string): Lexicon<T> {
  let lexicon = cache.get(name);
  if (!lexicon) {
    const file = `${LEXICON_DIR}${name}.json`;
    let parsed: Lexicon<unknown>;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as Lexicon<unknown>;
    } catch (e) {
      throw new Error(`lexicon "${name}" (${file}) could not be read: ${(e as Error).message}`);
    }
    for (const key of ['description', 'source', 'license', 'entries'] as const) {
      if (!(key in parsed))
        throw new Error(`lexicon ${file} has no "${key}" (expected description, source, license, entries)`);
    }
    lexicon = parsed;
    cache.set(name, lexicon);
  }
  return lexicon as Lexicon<T>;
}

/** Names of every lexicon file, sorted. */
export function lexiconNames(): string[] {
  return readdirSync(LEXICON_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** SHA-256 over every lexicon file's name and bytes, in name order. */
export function lexiconsHash(): string {
  const hash = createHash('sha256');
  for (const name of lexiconNames()) {
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(`${LEXICON_DIR}${name}.json`))
      .update('\0');
  }
  return hash.digest('hex');
}

/** A lower-cased Set of string entries, for fast membership tests. */
export function lexiconSet(name: string): Set<string> {
  return new Set(loadLexicon<string>(name).entries.map((e) => e.toLowerCase()));
}

/**
 * The lower-cased words of one kind from a lexicon of { word, kind } entries (function-words,
 * event-argument-words, name-context-words). Throws, naming the lexicon, when the kind has no words, so that a
 * misspelt kind cannot silently turn a rule off.
 */
export function wordsOfKind(name: string, kind: string): Set<string> {
  const entries = loadLexicon<{ word: string; kind: string }>(name).entries;
  const words = new Set(entries.filter((e) => e.kind === kind).map((e) => e.word.toLowerCase()));
  if (words.size === 0) throw new Error(`lexicon ${name} has no words of kind "${kind}"`);
  return words;
}
