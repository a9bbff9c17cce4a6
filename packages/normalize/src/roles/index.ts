/**
 * Role normalization: maps a title as written ("top aide", "defence minister", "minister of defense",
 * "spokeswoman") to the title vocabulary in lexicons/data/titles.json ("Aide", "Defense Minister",
 * "Spokesperson"). The extractor finds where a title phrase is; this module only says what it means.
 */
import { loadLexicon } from '@dossier/lexicons';

interface TitleEntry {
  text: string;
  kind: 'phrase' | 'head' | 'modifier' | 'qualifier';
  title?: string;
  weak?: boolean;
  /** An occupation ("economist"): a title only where the article says whose ("economist at ING"). */
  occupation?: boolean;
}

export interface TitleVocabulary {
  /** Whole title phrases, lower-cased words joined by one space → normalized title. */
  phrases: Map<string, string>;
  /** Longest phrase in words, to bound look-ups. */
  maxPhraseWords: number;
  /** Title nouns → normalized head. */
  heads: Map<string, { title: string; weak: boolean; occupation: boolean }>;
  /** Domain words kept in a title ("defence" → "Defense"). */
  modifiers: Map<string, string>;
  /** Words dropped from a title ("top", "senior"). */
  qualifiers: Set<string>;
}

let vocabulary: TitleVocabulary | undefined;

export function titleVocabulary(): TitleVocabulary {
  if (vocabulary) return vocabulary;
  const v: TitleVocabulary = {
    phrases: new Map(),
    maxPhraseWords: 1,
    heads: new Map(),
    modifiers: new Map(),
    qualifiers: new Set(),
  };
  for (const e of loadLexicon<TitleEntry>('titles').entries) {
    const text = e.text.toLowerCase();
    if (e.kind === 'phrase') {
      v.phrases.set(text, e.title!);
      v.maxPhraseWords = Math.max(v.maxPhraseWords, text.split(' ').length);
    } else if (e.kind === 'head')
      v.heads.set(text, { title: e.title!, weak: e.weak === true, occupation: e.occupation === true });
    else if (e.kind === 'modifier') v.modifiers.set(text, e.title!);
    else v.qualifiers.add(text);
  }
  vocabulary = v;
  return v;
}

export interface NormalizedTitle {
  title: string;
  former: boolean;
}

/** Lower-cases a title word and drops a trailing period ("Gen." → "gen"). */
export function titleKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/**
 * Normalizes the words of a title phrase, affiliation already removed: ["former", "top", "aide"] →
 * {title: "Aide", former: true}; ["Defence", "Minister"] → "Defense Minister"; ["minister", "of", "defense"]
 * → "Defense Minister". Returns null when the last word is no title noun and the phrase is not a known title.
 */
export function normalizeTitle(words: readonly string[]): NormalizedTitle | null {
  const v = titleVocabulary();
  let keys = words.map(titleKey).filter((w) => w.length > 0);
  let former = false;
  keys = keys.filter((k) => {
    if (k === 'former' || k === 'ex' || k === 'ex-') {
      former = true;
      return false;
    }
    return !v.qualifiers.has(k);
  });
  if (keys.length === 0) return null;
  const whole = keys.join(' ');
  const phrase = v.phrases.get(whole);
  if (phrase) return { title: phrase, former };
  // A known phrase at the end with modifiers before it: "deputy secretary of state" → "Deputy Secretary of State".
  for (let i = 1; i < keys.length; i++) {
    const tail = v.phrases.get(keys.slice(i).join(' '));
    if (tail && keys.slice(0, i).every((k) => v.modifiers.has(k))) {
      return { title: [...keys.slice(0, i).map((k) => v.modifiers.get(k)!), tail].join(' '), former };
    }
  }
  const head = v.heads.get(keys[keys.length - 1]!);
  if (!head) return null;
  const mods: string[] = [];
  for (const k of keys.slice(0, -1)) {
    const m = v.modifiers.get(k);
    // A word that is neither modifier nor qualifier (an affiliation the caller left in) is not part of the title.
    if (m) mods.push(m);
  }
  return { title: [...mods, head.title].join(' '), former };
}
