/**
 * The word layer the entity finder works on: wink's tokens, with hyphenated names glued back together
 * ("al-Farsi", "Al-Noor"), possessive markers folded into the word before them ("Jennings’s", "Jennings’"), and a
 * break after a capitalized word that a lower-case hyphenated suffix follows ("Hamas-run", "U.S.-brokered").
 */
import type { ArticleDoc } from '@dossier/core';
import { flagsOf, wordFlag } from '../word-layer.js';

export interface Word {
  /** Index in the article's word array. */
  index: number;
  start: number;
  /** End of the word itself, without a possessive marker. */
  end: number;
  /** End including a possessive marker; equals end when there is none. */
  possEnd: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter, or is an Arabic article glued to a capitalized name ("al-Farsi"). */
  cap: boolean;
  pos: string;
  sentence: number;
  /** First word of its sentence (opening quotes and brackets aside). */
  sentenceInitial: boolean;
  /** A lower-case hyphenated suffix follows ("Hamas" in "Hamas-run"): a name ends here. */
  suffixFollows: boolean;
  punct: boolean;
  /** The shared word layer's flags of `text` (../word-layer.ts): its lexicon memberships, looked up once per form. */
  flags: number;
}

const UPPER_START = /^\p{Lu}/u;
const GLUED_ARTICLE = /^(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|abu|abd|ul|ud|ed|ben|bat|de|di|da|van|von)[-‐]\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const POSSESSIVE = new Set(["'s", '’s', "'S", '’S']);
const BARE_APOSTROPHE = new Set(["'", '’']);
const OPENERS = /^[“"‘'([«—–-]+$/u;

// Both tests run on every token: plain ASCII words are settled by their first code unit, without a regex.
function isCap(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  // A lower-case ASCII start is capitalized only as a glued article, which needs a hyphen.
  if (first >= 97 && first <= 122 && !text.includes('-') && !text.includes('‐')) return false;
  return UPPER_START.test(text) || GLUED_ARTICLE.test(text);
}

function hasLetterOrDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return true;
  return LETTER_OR_DIGIT.test(text);
}

/** The two tests above as word-layer bits: each form is tested once per thread, not once per token. */
const CAP_WORD = wordFlag('entities:cap', isCap);
const HAS_LETTER_OR_DIGIT = wordFlag('entities:letter-or-digit', hasLetterOrDigit);

export function buildWords(doc: ArticleDoc): Word[] {
  const { body, tokens } = doc;
  const words: Word[] = [];
  doc.sentences.forEach((sentence, s) => {
    let initial = true;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const tok = tokens[t]!;
      const text = tok.text;
      const prev = words[words.length - 1];
      const glued = prev !== undefined && prev.sentence === s && prev.possEnd === tok.start;
      // Possessive markers belong to the word before them.
      if (glued && !prev.punct && prev.possEnd === prev.end) {
        if (
          POSSESSIVE.has(text) ||
          (BARE_APOSTROPHE.has(text) && /[sS]$/.test(prev.text) && !LETTER_OR_DIGIT.test(body[tok.end] ?? ''))
        ) {
          prev.possEnd = tok.end;
          continue;
        }
      }
      // "al" "-" "Farsi" → "al-Farsi"; "Hamas" "-" "run" stays apart and marks a break.
      const next = tokens[t + 1];
      if (
        glued &&
        (text === '-' || text === '‐') &&
        next &&
        next.start === tok.end &&
        t + 1 < sentence.tokenEnd &&
        !prev.punct &&
        prev.possEnd === prev.end
      ) {
        const nextText = next.text;
        if (LETTER_OR_DIGIT.test(nextText[0] ?? '')) {
          const lowerSuffix =
            !UPPER_START.test(nextText) &&
            prev.cap &&
            !/^\d/.test(nextText) &&
            !namePart(body, tokens, t + 1, sentence.tokenEnd, words);
          if (lowerSuffix) {
            prev.suffixFollows = true;
          } else {
            prev.end = next.end;
            prev.possEnd = next.end;
            prev.text = body.slice(prev.start, prev.end);
            prev.lower = prev.text.toLowerCase();
            prev.flags = flagsOf(prev.text);
            prev.cap = (prev.flags & CAP_WORD) !== 0;
            if (next.pos === 'PROPN') prev.pos = 'PROPN';
            t++;
            continue;
          }
        }
      }
      const flags = flagsOf(text);
      const punct = (flags & HAS_LETTER_OR_DIGIT) === 0;
      words.push({
        index: words.length,
        start: tok.start,
        end: tok.end,
        possEnd: tok.end,
        text,
        lower: tok.lower,
        cap: !punct && (flags & CAP_WORD) !== 0,
        pos: tok.pos,
        sentence: s,
        sentenceInitial: initial && !punct,
        suffixFollows: false,
        punct,
        flags,
      });
      if (!(punct && OPENERS.test(text))) initial = false;
    }
  });
  return words;
}

/**
 * A lower-case piece after a hyphen that belongs to a name rather than marking a compound ("Hamas-run",
 * "US-led"): a particle between two capitalized parts ("Inzamam-ul-Haq", "Chester-le-Street"), or the short
 * second syllable of a given name after a family name ("Li Song-ho", "Kim In-so"), which the tagger reads as no
 * verb or adjective.
 */
function namePart(body: string, tokens: ArticleDoc['tokens'], t: number, end: number, words: Word[]): boolean {
  const piece = tokens[t]!;
  const hyphen = tokens[t + 1];
  const after = tokens[t + 2];
  if (t + 2 < end && hyphen && after && hyphen.start === piece.end && after.start === hyphen.end) {
    const h = body.slice(hyphen.start, hyphen.end);
    if ((h === '-' || h === '‐') && UPPER_START.test(body.slice(after.start, after.end))) return true;
  }
  const before = words[words.length - 2];
  const prev = words[words.length - 1]!;
  return (
    piece.end - piece.start <= 3 &&
    piece.pos !== 'VERB' &&
    piece.pos !== 'ADJ' &&
    before !== undefined &&
    before.sentence === prev.sentence &&
    before.cap &&
    !before.punct
  );
}

/** The word's text with a trailing period removed ("Gen." → "Gen"), for abbreviation look-ups. */
export function bare(word: Word): string {
  return bareText(word.text);
}

/** bare() of a word's text. */
export function bareText(text: string): string {
  return text.endsWith('.') && text.length > 1 && !/\.\p{L}\.$/u.test(text) ? text.slice(0, -1) : text;
}

/** titleKey(word.text) from @dossier/normalize (lower case, one trailing period dropped), read off word.lower. */
export function titleKeyOf(word: Word): string {
  const lower = word.lower;
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** The words `from` up to `to` (exclusive) as they read, joined by single spaces. */
export function textOf(words: Word[], from: number, to: number): string {
  let s = words[from]!.text;
  for (let i = from + 1; i < to; i++) s += ` ${words[i]!.text}`;
  return s;
}
