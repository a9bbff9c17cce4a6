/**
 * Two more kinds of evidence that a one-word name nobody claims is an organization:
 *  - it speaks of itself as "it": "Avero said it would cut jobs", "Avero said on Friday its profit rose";
 *    people are "he" or "she";
 *  - it is an acronym in prose ("the KLF", "KLF gunmen"): a capitalized abbreviation that no lexicon knows and
 *    no person evidence claims names a body far more often than anything else.
 */
import { loadLexicon, wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon } from './lexicon.js';
import type { Run, Segment } from './segments.js';
import type { Word } from './words.js';
import { REGNAL_NUMBER } from './person-cues.js';

const THING_PRONOUNS = wordsOfKind('function-words', 'thing-pronoun');
const ACRONYM = /^\p{Lu}{2,6}$/u;
const NOT_BODIES = new Set(loadLexicon<string>('non-organization-acronyms').entries);
/** How far after the verb "it" may stand: "said on Friday it", "said in a statement that its". */
const PRONOUN_REACH = 6;

export interface OrganizationCandidate {
  run: Run;
  seg: Segment;
}

/** "Avero said it …": a one-word subject of a verb of saying that refers to itself as "it". */
export function speaksAsIt(lex: EntityLexicon, words: Word[], c: OrganizationCandidate): boolean {
  if (c.seg.to - c.seg.from !== 1 || c.seg.from !== c.run.from || c.seg.to !== c.run.to) return false;
  const verb = words[c.seg.to];
  if (!verb || verb.sentence !== words[c.seg.from]!.sentence || !lex.cueVerbs.has(verb.lower)) return false;
  for (let j = c.seg.to + 1; j <= c.seg.to + PRONOUN_REACH; j++) {
    const w = words[j];
    if (!w || w.sentence !== verb.sentence || w.cap) return false;
    if (THING_PRONOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * "the KLF", "the NBF's leader", "accused the KLF of": an acronym in a sentence of ordinary case (a headline or a
 * table in capitals says nothing), after "the" or, with three letters or more, anywhere ("KLF gunmen", "told
 * KLTV"). Units, figures and the like are no bodies: "GMT", "GDP", "CEO" stay out (lexicon
 * non-organization-acronyms), nor do regnal numbers ("Henry VIII") and words the article also writes in lower
 * case ("NOTE").
 */
export function acronymInProse(
  lex: EntityLexicon,
  words: Word[],
  c: OrganizationCandidate,
  lowerCase: () => ReadonlySet<string>,
): boolean {
  if (c.seg.to - c.seg.from !== 1 || c.seg.from !== c.run.from) return false;
  const w = words[c.seg.from]!;
  const before = words[c.seg.from - 1];
  if (!ACRONYM.test(w.text) || lex.nonNames.has(w.text) || NOT_BODIES.has(w.text)) return false;
  // "a PAC", "an SUV": an indefinite article makes it a kind of thing, not a name, unless it modifies a noun
  // ("a KLF decision").
  const indefinite = before?.lower === 'a' || before?.lower === 'an';
  if (indefinite && words[c.seg.to]?.pos !== 'NOUN') return false;
  const afterThe = before?.lower === 'the' && !before.cap;
  if (!afterThe && (w.text.length < 3 || REGNAL_NUMBER.test(w.text) || c.seg.to !== c.run.to)) return false;
  // "NOTE - …", "ISSUE: …": a word in capitals opening a line before a colon or a dash is a label.
  const after = words[c.seg.to];
  if (w.sentenceInitial && (after?.text === ':' || after?.text === '-')) return false;
  // "NOTE - …", "TAX STATUS": a word the article also writes in lower case is that word shouted, not a body.
  if (lowerCase().has(w.lower)) return false;
  let lower = 0;
  for (let j = c.seg.from - 8; j <= c.seg.from + 8; j++) {
    const x = words[j];
    if (x && x.sentence === w.sentence && !x.punct && !x.cap) lower++;
  }
  return lower >= 4;
}
