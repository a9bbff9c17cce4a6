/**
 * Finds the noun phrase that names a speaker next to a reporting verb, from wink-nlp's part-of-speech tags.
 * It walks outward from the verb over the words a name or a description is made of, and stops at the first
 * word that cannot belong to one (a verb, a conjunction, most prepositions, most punctuation).
 */
import type { Span, Token } from '@dossier/core';
import { wordsOfKind } from '@dossier/lexicons';

const SUBJECT_PRONOUNS = wordsOfKind('function-words', 'subject-pronoun');
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const NAME_PUNCTUATION = new Set(['.', '(', ')']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'"]);
const POSSESSIVE_DETERMINERS = wordsOfKind('function-words', 'possessive-determiner');
/** The longest bracket read as part of a name ("(D-N.Y.)", "(R-Ohio)"). */
const MAX_BRACKET_TOKENS = 8;

export type TokenRange = [number, number];

export class PhraseReader {
  constructor(
    private readonly text: string,
    readonly tokens: readonly Token[],
    private readonly hedgeWords: ReadonlySet<string>,
  ) {}

  /**
   * A comma, or a dash standing between spaces (not the hyphen of "two-state"); typewritten text writes the dash
   * as two hyphens ("Ann Lee -- a nurse -- said"), and some outlets as a horizontal bar ("Ann Lee ― a nurse ―").
   */
  isSeparator(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    if (t.lower === ',') return true;
    return (
      ['-', '--', '–', '—', '―'].includes(t.lower) &&
      /\s/.test(this.text[t.start - 1] ?? '') &&
      /\s/.test(this.text[t.end] ?? '')
    );
  }

  /** A hyphen with no space on either side. */
  isWordHyphen(i: number): boolean {
    const t = this.tokens[i]!;
    return (
      ['-', '‐', '–'].includes(t.lower) &&
      /\S/.test(this.text[t.start - 1] ?? ' ') &&
      /\S/.test(this.text[t.end] ?? ' ')
    );
  }

  isCapitalised(i: number): boolean {
    return /^\p{Lu}/u.test(this.text[this.tokens[i]!.start] ?? '');
  }

  /** A word that can be a name ("Will", "From"; not "But", "And", "The"), whatever its tag. */
  private isWord(i: number): boolean {
    const t = this.tokens[i]!;
    return /^\p{L}/u.test(t.lower) && !['CCONJ', 'SCONJ', 'DET', 'PRON', 'PART'].includes(t.pos);
  }

  /** "“…,” Cross wrote": a capitalised word right after the closing mark is a name, however the tagger read it. */
  private isNameAfterQuote(i: number): boolean {
    return i > 0 && this.isCapitalised(i) && this.isWord(i) && CLOSING_MARKS.has(this.tokens[i - 1]!.lower);
  }

  /**
   * "While Will acknowledges …": a capitalised auxiliary inside a sentence, before a word in lower case, is a
   * name (Will, May); a sentence's first word and a Title Case headline ("Lee Will Win") are not read so.
   */
  private isNameReadAsAuxiliary(i: number): boolean {
    const previous = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    if (!previous || ['.', '?', '!', '“', '"', ':'].includes(previous.lower) || !this.isCapitalised(i)) return false;
    return next !== undefined && /^\p{Ll}/u.test(this.text[next.start] ?? '');
  }

  private isPhraseWord(i: number): boolean {
    const token = this.tokens[i]!;
    if (['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON'].includes(token.pos)) return true;
    // The tagger sometimes reads a surname as a verb ("Ann Whitlow/VERB"): a capitalised word is a name part.
    if (token.pos === 'VERB' && this.isCapitalised(i) && i > 0 && this.tokens[i - 1]!.pos === 'PROPN') return true;
    if (token.pos === 'AUX' && this.isNameReadAsAuxiliary(i)) return true;
    if (token.pos === 'PART' && POSSESSIVE_MARKS.has(token.lower)) return true;
    if (token.lower === 'of') return true;
    if (token.pos === 'ADV' && this.hedgeWords.has(token.lower)) return true;
    // A hyphen inside a word ("Ruiz-Tagle", "the 36-year-old", "(R-Ohio)") joins, it does not separate.
    if (this.isWordHyphen(i)) return true;
    // "Los Angeles-based attorney Ann Lee": a word after such a hyphen finishes the compound adjective.
    if (i > 0 && this.tokens[i - 1]!.pos === 'PUNCT' && this.isWordHyphen(i - 1)) return true;
    return token.pos === 'PUNCT' && NAME_PUNCTUATION.has(token.lower);
  }

  /** The phrase that ends just before token index `end` (exclusive), not reaching before `floor`. */
  before(end: number, floor: number): TokenRange | null {
    const tokens = this.tokens;
    let start = end;
    while (
      start - 1 >= floor &&
      (this.isPhraseWord(start - 1) || (start === end && this.isNameAfterQuote(start - 1)))
    ) {
      const t = tokens[start - 1]!;
      // "Ann Lee (I-Vt.)": a bracket after a name is read whole, whatever its words are tagged.
      const open = t.lower === ')' ? this.openingBracket(start - 1, floor) : null;
      if (open !== null) {
        start = open;
        continue;
      }
      // A pronoun other than a possessive determiner is a phrase on its own ("he said").
      if (t.pos === 'PRON' && start < end && !POSSESSIVE_DETERMINERS.has(t.lower)) break;
      start--;
      if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower)) break;
      // A determiner opens its phrase, unless it follows "of" or a possessive ("one of the officials").
      if (t.pos === 'DET') {
        const previous = tokens[start - 1];
        if (!previous || !(previous.lower === 'of' || POSSESSIVE_MARKS.has(previous.lower))) break;
      }
    }
    while (start < end && (tokens[start]!.pos === 'PUNCT' || tokens[start]!.lower === 'of')) start++;
    let last = end;
    while (last > start && tokens[last - 1]!.pos === 'PUNCT' && tokens[last - 1]!.lower !== ')') last--;
    return start < last ? [start, last] : null;
  }

  /** The "(" that the ")" at token index `close` closes, within a few tokens and not before `floor`. */
  private openingBracket(close: number, floor: number): number | null {
    for (let i = close - 1; i >= Math.max(floor, close - MAX_BRACKET_TOKENS); i--) {
      if (this.tokens[i]!.lower === '(') return i;
      if (this.tokens[i]!.lower === ')') return null;
    }
    return null;
  }

  /** The phrase that starts at token index `start` and runs forward ("said Rabbi Levin, adding"). */
  after(start: number, ceiling: number): TokenRange | null {
    const tokens = this.tokens;
    let end = start;
    // "said Weld, who …": a capitalised word right after the verb is a name, however the tagger read it.
    while (
      end < ceiling &&
      (this.isPhraseWord(end) || (end === start && this.isCapitalised(end) && this.isWord(end)))
    ) {
      const t = tokens[end]!;
      if (t.pos === 'PRON' && end > start && !POSSESSIVE_DETERMINERS.has(t.lower)) break;
      if (t.pos === 'DET' && end > start && tokens[end - 1]!.lower !== 'of') break;
      end++;
      if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower)) break;
    }
    while (end > start && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.lower === 'of')) {
      // "Ann Lee (D-Wis.) has": a bracket the phrase opened is kept with its closing mark (and the period in it).
      if (tokens[end - 1]!.lower === ')' && this.openingBracket(end - 1, start) !== null) break;
      end--;
    }
    while (start < end && tokens[start]!.pos === 'PUNCT') start++;
    return start < end ? [start, end] : null;
  }

  span(range: TokenRange): Span {
    return { start: this.tokens[range[0]]!.start, end: this.tokens[range[1] - 1]!.end };
  }
}
