/**
 * A capitalized name that is the subject of a reporting verb ("Welch said", "said Cross") is evidence of a
 * person even when the entity recognizer did not know the name (a lone surname, a name that is also a common
 * word). This module decides whether a speaker phrase has the shape of a person's name and is none of the
 * things the lexicons know a name is not (a title, a source noun, a place, an organization, a pronoun).
 */
import type { Span, Token } from '@dossier/core';
import { wordsOfKind } from '@dossier/lexicons';
import { entityLexicon } from '../entities/lexicon.js';
import { tokenRange } from './tokens.js';
import type { QuoteVocabulary } from './vocabulary.js';

/** Longest name taken from an attribution ("Virgie M. Rollins", "Brent Bozell III"). */
const MAX_NAME_WORDS = 4;
/** What stands before a word that opens a sentence: a sentence end, perhaps after a closing quote. */
const SENTENCE_END_BEFORE = /[.!?:\n][\s”"’']*$/;
/** One capitalized word of a name, as a token. */
const WORD_SHAPE = /^\p{Lu}[\p{L}'’-]*\.?$/u;
/** A full name at the end of a described speaker: a given name and one or two more words. */
const MAX_FULL_NAME_WORDS = 3;
/** An acronym or its plural ("MPs", "GOP"): a group or an organization, never a person's name. */
const ACRONYM = /^\p{Lu}{2,}s?$/u;
const ROMAN_NUMERAL = /^[IVX]+$/;
const ONLY_SPACE_AND_MARKS = /^[\s“”"‘’']*$/;
const PRONOUNS = new Set([
  ...wordsOfKind('function-words', 'person-pronoun'),
  ...wordsOfKind('function-words', 'thing-pronoun'),
]);

export class SpeakerNameShape {
  /** Words the article writes in lower case somewhere: a capital at a sentence start is then no evidence. */
  private lowerWords: Set<string> | null = null;
  private readonly lexicon = entityLexicon();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly vocabulary: QuoteVocabulary,
  ) {}

  /**
   * The phrase (trailing commas trimmed) if it reads as a person's name, else null. `partOfAPersonsName` says
   * whether the article already names a person with these words: then a capital at a sentence start is
   * evidence enough, and so is a word that usually opens sentences ("Read said" beside a person named
   * "… Read").
   */
  nameIn(phrase: Span, partOfAPersonsName: (written: string) => boolean): Span | null {
    const whole = this.trim(phrase);
    if (this.readsAsAName(whole, partOfAPersonsName, false)) return whole;
    // "House Ashby Thomas Holt", "former field doctor Ann Holt": the full name that ends a described speaker;
    // its given name is the evidence, even when the word also opens sentences ("Jan").
    const trailing = this.trailingFullName(whole);
    return trailing && this.readsAsAName(trailing, partOfAPersonsName, true) ? trailing : null;
  }

  private readsAsAName(span: Span, partOfAPersonsName: (written: string) => boolean, fullName: boolean): boolean {
    const written = this.text.slice(span.start, span.end);
    const words = written.split(' ');
    if (!this.hasNameShape(words)) return false;
    // "Cal’s said": a possessor owns the speaker ("Cal’s spokesman"); it is not the speaker's name.
    if (/['’]s$/.test(words[words.length - 1]!)) return false;
    if (words.length > MAX_NAME_WORDS) return false;
    const knownName = fullName || partOfAPersonsName(written);
    // "Read", "May": a sentence-opener word that the article also uses in a person's name is that name.
    if (!knownName && words.some((w) => this.lexicon.nonNames.has(w))) return false;
    if (words.some((w) => this.isNotANameWord(w))) return false;
    // "Acme Council said" is an organization; a lone "Cross said" or "Hall said" is a surname.
    if (words.length > 1 && this.isInstitutionHead(words[words.length - 1]!)) return false;
    if (this.isKnownNonPerson(written)) return false;
    return knownName || this.tokensLookLikeAName(span, words.length);
  }

  /**
   * Capitalized words, an initial ("M.") or a suffix ("III", "Jr."), separated by single spaces; a name
   * particle ("dos Santos", "van Dorne") may stand in lower case before a capitalized word.
   */
  private hasNameShape(words: readonly string[]): boolean {
    return words.every(
      (w, i) =>
        WORD_SHAPE.test(w) || (i < words.length - 1 && this.lexicon.particles.has(w) && WORD_SHAPE.test(words[i + 1]!)),
    );
  }

  /**
   * "Former Ashby governor Ann Holt", "fight doctor Ivo Brandt": a described speaker whose name ends the
   * phrase. Only a full name counts: a given name the lexicon knows and one or two capitalized words after it,
   * or two or three capitalized words after a role noun.
   */
  private trailingFullName(phrase: Span): Span | null {
    const [from, to] = tokenRange(this.tokens, phrase.start, phrase.end);
    let first = to;
    while (first > from && WORD_SHAPE.test(this.text.slice(this.tokens[first - 1]!.start, this.tokens[first - 1]!.end)))
      first--;
    for (let i = Math.max(first, to - MAX_FULL_NAME_WORDS); i <= to - 2; i++) {
      const given = this.tokens[i]!;
      if (this.lexicon.isGivenName(this.text.slice(given.start, given.end)))
        return { start: given.start, end: this.tokens[to - 1]!.end };
    }
    // "party boss Reince Holt", "co-host Stu Varga": two or three capitalized words right after a common noun
    // in lower case (a role) are the name of the one the role describes, whatever the given name.
    const words = to - first;
    const role = this.tokens[first - 1];
    if (
      first > from &&
      words >= 2 &&
      words <= MAX_FULL_NAME_WORDS &&
      role?.pos === 'NOUN' &&
      /^\p{Ll}/u.test(role.lower)
    )
      return { start: this.tokens[first]!.start, end: this.tokens[to - 1]!.end };
    return null;
  }

  private trim(phrase: Span): Span {
    // "Ann Lee (D-Ohio", its bracket cut by the sentence splitter: the name stands before the bracket.
    const bracket = this.text.slice(phrase.start, phrase.end).search(/\s\(/);
    let end = bracket > 0 ? phrase.start + bracket : phrase.end;
    while (end > phrase.start && /[\s,;]/.test(this.text[end - 1]!)) end--;
    let start = phrase.start;
    while (start < end && /\s/.test(this.text[start]!)) start++;
    return { start, end };
  }

  /** An acronym, title, honorific, source noun, pronoun, determiner or calendar word is no name. */
  private isNotANameWord(word: string): boolean {
    const lower = word.replace(/\.$/, '').toLowerCase();
    const lx = this.lexicon;
    return (
      (ACRONYM.test(word) && !ROMAN_NUMERAL.test(word)) ||
      lx.titlePrefixes.has(lower) ||
      lx.honorifics.has(lower) ||
      lx.ranks.has(word.replace(/\.$/, '')) ||
      lx.orgNouns.has(lower) ||
      lx.placeHeads.has(lower) ||
      lx.nonPersonHeads.has(word) ||
      lx.kinship.has(lower) ||
      this.vocabulary.unnamedHeads.has(lower) ||
      this.vocabulary.indefinites.has(lower) ||
      PRONOUNS.has(lower) ||
      lower === 'the'
    );
  }

  private isInstitutionHead(word: string): boolean {
    const lower = word.toLowerCase();
    return (
      this.lexicon.orgHeads.has(lower) || this.lexicon.orgHeads.has(word) || this.vocabulary.institutionHeads.has(lower)
    );
  }

  /** A place, organization, country or demonym the lexicons know. */
  private isKnownNonPerson(written: string): boolean {
    const lx = this.lexicon;
    return (
      lx.places.has(written) ||
      lx.orgs.has(written) ||
      lx.countries.byName.has(written) ||
      lx.countries.byDemonym.has(written)
    );
  }

  /**
   * The tagger must not read any word as a pronoun, determiner or number; a single word opening a sentence
   * must be tagged a proper noun and never be written in lower case in the article ("Officials said").
   */
  private tokensLookLikeAName(name: Span, wordCount: number): boolean {
    const [from, to] = tokenRange(this.tokens, name.start, name.end);
    const inside = this.tokens.slice(from, to);
    if (inside.some((t) => t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'NUM')) return false;
    const before = this.text.slice(Math.max(0, name.start - 6), name.start);
    const opensSentence =
      SENTENCE_END_BEFORE.test(before) || (name.start <= before.length && ONLY_SPACE_AND_MARKS.test(before));
    if (!opensSentence) return true;
    const first = inside[0];
    if (!first || this.writtenInLowerCase(first.lower)) return false;
    return wordCount > 1 || first.pos === 'PROPN';
  }

  private writtenInLowerCase(lower: string): boolean {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const t of this.tokens) {
        const c = this.text.charCodeAt(t.start);
        if (c >= 97 && c <= 122) this.lowerWords.add(t.lower);
      }
    }
    return this.lowerWords.has(lower);
  }
}
