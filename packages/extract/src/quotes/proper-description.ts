/**
 * "The Democratic National Convention released a statement": a phrase that opens with "the" but whose words
 * are all capitalized is a name we failed to link, not a description pointing back to an earlier speaker
 * ("the senator", "the 36-year-old"). Titles ("the Prime Minister") and demonyms or party nouns ("the
 * Republican") stay descriptions: they describe a person named elsewhere.
 */
import { loadLexicon } from '@dossier/lexicons';
import { entityLexicon } from '../entities/lexicon.js';

/** A capitalized word, perhaps hyphenated or with an apostrophe ("Wall", "Post-Gazette", "People's"). */
const CAPITALIZED = /^\p{Lu}[\p{L}'’.-]*$/u;
/** How many capitalized words after "the" make a name rather than a title or a party noun. */
const MIN_NAME_WORDS = 2;

export function isCapitalizedName(phrase: string): boolean {
  const words = phrase
    .trim()
    .replace(/[,;]+$/, '')
    .split(/\s+/);
  if (words[0]?.toLowerCase() !== 'the') return false;
  const rest = words.slice(1);
  if (rest.length < MIN_NAME_WORDS || !rest.every((w) => CAPITALIZED.test(w))) return false;
  const last = rest[rest.length - 1]!;
  if (isTitleWord(last) || isTitleWord(rest.join(' '))) return false;
  // "the Israeli PM", "the Ruritanian Prime Minister": a demonym makes it a description of someone.
  return !rest.some((w) => entityLexicon().countries.byDemonym.has(w));
}

let heads: Set<string> | undefined;

/** Is the word or phrase a title's head or a whole title (lexicon titles), whatever its case? */
export function isTitleWord(words: string): boolean {
  return titleHeads().has(words.toLowerCase());
}

/** The words and phrases that end a title (lexicon titles: heads and whole phrases), lower-cased. */
function titleHeads(): Set<string> {
  heads ??= new Set(
    loadLexicon<{ text: string; kind: string }>('titles')
      .entries.filter((e) => e.kind === 'head' || e.kind === 'phrase')
      .map((e) => e.text.toLowerCase()),
  );
  return heads;
}
