/**
 * Platforms and broadcasters that the article names only by what is published on them or by where someone
 * spoke: "in a Telegram post", "on its Avonet channel", "her Chirper account" (lexicon organization-name-cues,
 * platform-noun, after an article or a possessive determiner), and "said on Avonet", "wrote on Chirper" (a verb
 * that takes a person as its subject, lexicon person-cue-verbs, then "on" and a one-word name). A calendar word
 * ("said on Monday") is no name at all, and a given name, place, country or surname the article uses for a
 * person is left to the other rules.
 */
import { wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon } from './lexicon.js';
import type { ContextCandidate } from './organization-context.js';
import type { Word } from './words.js';

const PLATFORM_NOUNS = wordsOfKind('organization-name-cues', 'platform-noun');
const DETERMINERS = new Set([
  ...wordsOfKind('function-words', 'article'),
  ...wordsOfKind('function-words', 'possessive-determiner'),
]);

/** A one-word name that is neither a given name, a place, a country nor a surname the article gives a person. */
function platformLike(lex: EntityLexicon, words: Word[], c: ContextCandidate, surnames: ReadonlySet<string>): boolean {
  if (c.seg.to - c.seg.from !== 1 || c.seg.from !== c.run.from || c.seg.to !== c.run.to) return false;
  const w = words[c.seg.from]!;
  if (w.possEnd !== w.end || lex.nonNames.has(w.text) || lex.isGivenName(w.text) || surnames.has(w.text)) return false;
  return !lex.places.has(w.text) && !lex.countries.byName.has(w.text);
}

/** "in a Telegram post", "on its Avonet channel": a determiner, the name, a platform noun. */
function beforePlatformNoun(words: Word[], c: ContextCandidate): boolean {
  const w = words[c.seg.from]!;
  const det = words[c.seg.from - 1];
  const noun = words[c.seg.to];
  return (
    det !== undefined &&
    noun !== undefined &&
    det.sentence === w.sentence &&
    noun.sentence === w.sentence &&
    !noun.cap &&
    DETERMINERS.has(det.lower) &&
    PLATFORM_NOUNS.has(noun.lower)
  );
}

/** "said on Avonet", "posted on Chirper": a verb of saying, "on", then the name. */
function afterSaidOn(lex: EntityLexicon, words: Word[], c: ContextCandidate): boolean {
  const on = words[c.seg.from - 1];
  const verb = words[c.seg.from - 2];
  return (
    on?.lower === 'on' &&
    verb !== undefined &&
    !verb.cap &&
    verb.sentence === words[c.seg.from]!.sentence &&
    lex.cueVerbs.has(verb.lower)
  );
}

/** Whether a one-word name is a platform or broadcaster by the words around it. */
export function platformByContext(
  lex: EntityLexicon,
  words: Word[],
  c: ContextCandidate,
  surnames: ReadonlySet<string>,
): boolean {
  if (!platformLike(lex, words, c, surnames)) return false;
  return beforePlatformNoun(words, c) || afterSaidOn(lex, words, c);
}
