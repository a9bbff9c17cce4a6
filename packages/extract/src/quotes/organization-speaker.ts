/**
 * "The American Legion wrote", "the Daily Caller reported", "The Post said": capitalized words after "the", as
 * the subject of a verb of saying, name an organization the recognizer missed. People are not named with
 * "the"; titles ("the President"), demonyms and party nouns ("the Texan", "the Utah Republican") and groups in the
 * plural ("The Greens") are descriptions, and places the lexicons know ("the Hague") are not speakers.
 */
import type { Span, Token } from '@dossier/core';
import { entityLexicon } from '../entities/lexicon.js';
import { isTitleWord } from './proper-description.js';
import { tokenRange } from './tokens.js';

/** A capitalized word of a name ("Daily", "Post-Gazette", "People's"). */
const CAPITALIZED = /^\p{Lu}[\p{L}'’.-]*$/u;
/** The longest organization name read this way, after "the". */
const MAX_NAME_WORDS = 5;
/** A capitalized plural ("The Greens"): a group whose members speak, read elsewhere. */
const PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/**
 * One word after "the" that ends like a demonym or a party member ("the Texan", "the Republican", "the
 * Democrat", "the Pakistani", "the Socialist") describes a person named elsewhere.
 */
const MEMBER_NOUN = /(?:an|ese|i|crat|ist)$/;

/** The name after "the" in the speaker phrase, when it reads as an organization's; else null. */
export function organizationNameAfterThe(
  text: string,
  tokens: readonly Token[],
  phrase: Span,
  partyMembers: ReadonlySet<string>,
): Span | null {
  const [from, to] = tokenRange(tokens, phrase.start, phrase.end);
  if (to - from < 2 || tokens[from]!.lower !== 'the' || to - from - 1 > MAX_NAME_WORDS) return null;
  const words = tokens.slice(from + 1, to);
  const written = words.map((t) => text.slice(t.start, t.end));
  if (!written.every((w) => CAPITALIZED.test(w))) return null;
  if (words.some((t) => ['PRON', 'DET', 'NUM', 'PUNCT'].includes(t.pos))) return null;
  const last = written[written.length - 1]!;
  const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
  const lexicon = entityLexicon();
  if (isTitleWord(last) || isTitleWord(name) || PLURAL.test(last)) return null;
  if (written.length === 1 && (lexicon.countries.byDemonym.has(last) || MEMBER_NOUN.test(last))) return null;
  // "the Utah Republican": a party's member (vocabulary.ts, partyMembers), however many words say where from.
  if (partyMembers.has(last.toLowerCase())) return null;
  if (lexicon.places.has(name) || lexicon.countries.byName.has(name)) return null;
  // "the Reverend Ann Lee", "the Gen. Ann Lee": an honorific or a rank before a person's name.
  const titled = written.some((w) => {
    const bare = w.replace(/\.$/, '');
    return lexicon.honorifics.has(bare) || lexicon.ranks.has(bare);
  });
  if (titled) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end };
}
