/**
 * Expressions without a calendar value of their own: references (now, recently, soon), "overnight", and
 * anaphora whose anchor is a date the article has just established ("since then", "the following year").
 */
import {
  periodOf,
  reference,
  resolveRelativeUnit,
  withPartOfDay,
  type CalendarUnit,
  type PartOfDay,
  type Resolution,
} from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import {
  candidate,
  gatedHeadStarts,
  memoRegex,
  scan,
  scanAround,
  scanGated,
  type Candidate,
  type TimexContext,
} from './candidate.js';
import { contextWords, temporalLexicon } from './lexicon.js';
import { capAlternation, wordAfter, wordBefore } from './patterns.js';
import { daysBetween } from './narrative.js';
import { sentenceAt, tokenIndexAt } from './tokens.js';
import { sameQuarterYearBefore } from './comparisons.js';
import { gatedPattern, wordSet, type WordIndex } from './words.js';

const OVERNIGHT = gatedPattern('overnight', ['overnight'], () => /\b[Oo]vernight\b(?!-)/dy);
const ANAPHORIC_UNIT_HEAD = gatedPattern(
  'anaphoric-unit-head',
  ['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'month', 'year'],
  () => /\b(?:day|night|morning|afternoon|evening|week|month|year)\b/y,
);
const THEN = wordSet('then', ['then']);
const SINCE_THEN = gatedPattern(
  'since-then',
  ['since', 'by', 'until', 'ever'],
  () => /\b(?:[Ss]ince|[Bb]y|[Uu]ntil|[Ee]ver\s+since)\s+(?<then>then)\b/dy,
);
const DAY = wordSet('day', ['day']);

/** After "earlier", these words make it part of another expression or a comparison, not a PAST_REF. */
const EARLIER_NOT_ALONE = contextWords('earlier-not-alone');
const EARLIER_ATTRIBUTIVE_AFTER = contextWords('earlier-attributive-after');
const EARLIER_MODIFIED_AFTER = contextWords('earlier-modified-after');
/** "soon after it passed", "as soon as he lands": a relation between two events, not a time (like "shortly"). */
const SOON_RELATIONAL_AFTER = contextWords('soon-relational-after');
/** "has previously said" is a time; "previously said", "a previously announced plan" are not (TimeML practice). */
const PREVIOUSLY_AFTER = contextWords('previously-after');
const PAST_AUXILIARIES = contextWords('past-auxiliaries');

function references(doc: ArticleDoc): Candidate[] {
  const body = doc.body;
  const { references: lexicon } = temporalLexicon();
  const phrases = [...lexicon.values()].filter((e) => !e.skip).map((e) => e.phrase);
  const re = memoRegex('reference', () => new RegExp(`\\b(?:${capAlternation(phrases)})\\b(?![-'’]\\p{L})`, 'gdu'));
  return scan(body, re, (m) => {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const entry = lexicon.get(phrase)!;
    // "for now" → "now": the leading words the lexicon marks stay outside the span.
    const start = m.index + (entry.outside ? leadingWordsLength(m[0], entry.outside) : 0);
    const end = m.index + m[0].length;
    if (phrase === 'soon' && SOON_RELATIONAL_AFTER.has(nextWordInClause(body, end))) return null;
    if (phrase === 'soon' && isNarrativeSoon(doc, start)) return null;
    if (isFramingAdverb(doc, phrase, start, end)) return null;
    if (phrase === 'previously' && !PREVIOUSLY_AFTER.has(wordBefore(body, start))) return null;
    // "the future of the firm" is the firm's fate, not a time (TimeML leaves it out); "worried about the future" is one.
    if (/the (?:future|past)$/.test(phrase) && wordAfter(body, end) === 'of') return null;
    if (phrase === 'earlier') {
      const next = doc.tokens[tokenIndexAt(doc.tokens, end)];
      const before = wordBefore(body, start);
      // "in earlier talks": after a preposition "earlier" is an adjective.
      // After a possessive too: "the company's earlier forecast", "Intel's earlier model".
      const possessive = /['’]s\s+$/u.test(body.slice(Math.max(0, start - 4), start));
      const attributive = (EARLIER_ATTRIBUTIVE_AFTER.has(before) || possessive) && /^\s+\p{L}/u.test(body.slice(end));
      const directlyFollowed = /^\s+[\p{L}\p{N}]/u.test(body.slice(end, end + 3));
      if (
        attributive ||
        (directlyFollowed && EARLIER_NOT_ALONE.has(wordAfter(body, end))) ||
        EARLIER_MODIFIED_AFTER.has(before)
      )
        return null;
      const i = tokenIndexAt(doc.tokens, start);
      const previous = doc.tokens[i - 1];
      if (next && directlyFollowed && (next.pos === 'NOUN' || next.pos === 'ADJ')) return null; // "earlier talks"
      // "attended earlier talks": verb, "earlier", then a word the tagger calls a verb is an object noun.
      if (next && directlyFollowed && previous?.pos === 'VERB' && next.pos === 'VERB') return null;
    }
    const value = entry.value as 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
    return candidate(start, end, 1, 'reference', (ctx) =>
      reference(ctx.published, value, `reference:${phrase.replace(/ /g, '-')}`),
    );
  });
}

/**
 * "Now, the company …", "Previously, it offered …", "Earlier, Mesa had rejected …": a one-word reference that
 * opens its sentence and is set off by a comma frames the discourse or the narrative (what comes next, what came
 * before) rather than naming a time, and TimeML leaves it out (TempEval-3 training data: 2 of 15 annotated; no
 * such sentence in MEANTIME or the news gold). Inside the sentence ("is now", "had previously said") it stays.
 */
function isFramingAdverb(doc: ArticleDoc, phrase: string, start: number, end: number): boolean {
  if (phrase.includes(' ') || doc.body[end] !== ',') return false;
  const sentence = sentenceAt(doc, start);
  // An opening quotation mark may stand before the word: «"Now, he says …»
  return sentence !== null && /^[\s"'“‘`]*$/u.test(doc.body.slice(sentence.start, start));
}

/**
 * "that soon became a flood", "he was soon released": in a past clause "soon" means shortly after the event
 * told before, a relation between two events like "shortly", not a time to come (TempEval-3 training data: 0
 * of 2 annotated; the news gold's "soon" are all future, "talks would be held soon").
 */
function isNarrativeSoon(doc: ArticleDoc, start: number): boolean {
  const i = tokenIndexAt(doc.tokens, start);
  const previous = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (previous && PAST_AUXILIARIES.has(previous.lower)) return true;
  return (
    next !== undefined &&
    next.pos === 'VERB' &&
    (temporalLexicon().pastVerbs.has(next.lower) || /[a-z]ed$/.test(next.lower))
  );
}

/** The length of the first words of `text`, as many as `words` has, with the white space after them. */
function leadingWordsLength(text: string, words: string): number {
  const count = words.split(' ').length;
  return new RegExp(`^(?:\\S+\\s+){${count}}`).exec(text)?.[0].length ?? 0;
}

/** The next word when only white space separates it (no punctuation: "soon. After that" is two sentences). */
function nextWordInClause(body: string, end: number): string {
  return /^\s+([\p{L}]+)/u.exec(body.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';
}

/**
 * "overnight": the night before the sentence's date, else before the day the story is about when that is two
 * days or more before publication ("London shares closed lower Friday … depressed by overnight losses in New
 * York", published on Monday: the night before publication would follow the story), else before publication
 * (a story of yesterday may mean last night).
 */
function overnight(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, OVERNIGHT, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 0, 'overnight', (ctx) => {
      const sentenceDay = ctx.sentenceDay(start);
      const narrative = sentenceDay ? null : ctx.narrativeDay(start);
      const storyDay = narrative && daysBetween(narrative, ctx.published) >= 2 ? narrative : null;
      const [anchor, rule] = sentenceDay
        ? [sentenceDay, 'overnight:night-before-sentence-date']
        : storyDay
          ? [storyDay, 'overnight:night-before-narrative-date']
          : [ctx.published, 'overnight:night-before-publication'];
      const night = resolveRelativeUnit(anchor, 'day', -1, rule);
      return withPartOfDay(night, 'NI', night.rule);
    });
  });
}

const PART_OF_UNIT: Record<string, PartOfDay> = { night: 'NI', morning: 'MO', afternoon: 'AF', evening: 'EV' };

/** "the previous night" is the night of the day before: a day shifted, then its part of day. */
const ANAPHORIC_UNITS: Record<string, CalendarUnit> = {
  day: 'day',
  night: 'day',
  morning: 'day',
  afternoon: 'day',
  evening: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};
const PRECISION_OF_UNIT: Record<string, Resolution['precision'][]> = {
  day: ['day', 'time'],
  night: ['day', 'time'],
  morning: ['day', 'time'],
  afternoon: ['day', 'time'],
  evening: ['day', 'time'],
  week: ['day', 'time', 'week'],
  month: ['day', 'time', 'week', 'month'],
  year: ['day', 'time', 'week', 'month', 'quarter', 'season', 'year'],
};

/**
 * "the following year", "the next day", "the previous month", "a year later", "the day before": shifted
 * from the last date the article gave (within a few sentences), else from the publication date, said in rule.
 */
function anaphoricUnits(body: string, words: WordIndex): Candidate[] {
  const re = memoRegex(
    'anaphoric-unit',
    () =>
      new RegExp(
        `\\b(?:(?<the>${capAlternation(['the following', 'the next', 'the previous', 'the preceding', 'the same'])})\\s+(?<unit>day|night|morning|afternoon|evening|week|month|year)\\b|(?<a>${capAlternation(['a', 'one'])})\\s+(?<unit2>day|week|month|year)\\s+(?:(?<dir>later|earlier)\\b|(?<dir3>before|after)(?=\\s*[,.;:!?]))|(?<the2>[Tt]he)\\s+(?<unit3>day|night|week|month|year)\\s+(?<dir2>before|after|prior|previous)(?=\\s*[,.;:!?]))`,
        'yd',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, ANAPHORIC_UNIT_HEAD), re, 2, (m) => {
    const g = m.groups!;
    const unitWord = (g.unit ?? g.unit2 ?? g.unit3)!;
    const unit = ANAPHORIC_UNITS[unitWord]!;
    // "the day prior", "the year previous" are "the day before", "the year before".
    const word = (g.the ?? g.dir ?? g.dir2 ?? g.dir3)!
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^(?:prior|previous)$/, 'before');
    const offset = ['the following', 'the next', 'later', 'after'].includes(word) ? 1 : word === 'the same' ? 0 : -1;
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 2, 'anaphora', (ctx: TimexContext) => {
      const r = anaphoricUnit(ctx);
      // "the previous night", "the next morning": the day shifted, then its part of the day.
      const part = PART_OF_UNIT[unitWord];
      return part ? withPartOfDay(r, part) : r;
    });

    function anaphoricUnit(ctx: TimexContext): Resolution {
      const previous = ctx.previousDate(start, 600);
      const rule = `anaphora:${word.replace(/ /g, '-')}-${unitWord}`;
      if (unit === 'year' && offset === -1 && g.a) {
        const quarter = sameQuarterYearBefore(ctx, start, rule);
        if (quarter) return quarter;
      }
      if (previous && PRECISION_OF_UNIT[unitWord]!.includes(previous.precision)) {
        // The first day of the period the previous date names is enough to shift by a whole unit of at least its size.
        const anchorDay = periodOf(previous.value)?.start;
        if (anchorDay) {
          const r = resolveRelativeUnit(anchorDay, unit, offset, `${rule}:from-previous-date`);
          return { ...r, anchor: anchorDay };
        }
      }
      return resolveRelativeUnit(ctx.published, unit, offset, `${rule}:default-publication-anchor`);
    }
  });
}

/** "since then", "by then", "until then": the last calendar date the article gave. */
function sinceThen(body: string, words: WordIndex): Candidate[] {
  // The pattern needs this word: most bodies lack it and are not scanned.
  if (!words.has(THEN)) return [];
  return scanGated(body, words, SINCE_THEN, (m) => {
    const start = m.indices!.groups!.then![0];
    const end = start + 4;
    return candidate(start, end, 1, 'anaphora', (ctx) => {
      const previous = ctx.previousDate(start);
      return previous ? { ...previous, rule: 'anaphora:then-previous-date' } : null;
    });
  });
}

const DAY_VERBS = contextWords('day-verbs');

/**
 * "ended the day", "for the day", "late in the day", "at the start of the day": the day the sentence is
 * about (a date it gives, else publication day, said in the rule). A bare "the day" is too often a noun.
 */
function theDay(body: string, words: WordIndex): Candidate[] {
  // The pattern needs this word: most bodies lack it and are not scanned.
  if (!words.has(DAY)) return [];
  const re =
    /\b(?:(?<mod>[Ll]ate|[Ll]ater|[Ee]arly|[Ee]arlier)\s+in\s+|(?<edge>[Tt]he\s+(?:start|end|beginning|close)\s+of)\s+)?the\s+day\b(?!['’-])(?<next>\s+(?:before|after|of|when|that|on)\b)?/dg;
  return scan(body, re, (m) => {
    const g = m.groups!;
    if (!g.mod && !g.edge && !DAY_VERBS.has(wordBefore(body, m.index))) return null;
    // "the day after the vote" is another day, but "late in the day after falling 250 points" is this one.
    if (g.next && !(g.mod && /\s+(?:before|after)$/.test(g.next))) return null;
    const start = m.index;
    const end = start + m[0].length - (g.next?.length ?? 0);
    return candidate(start, end, 1, 'the-day', (ctx) => {
      const sentenceDay = ctx.sentenceDay(start);
      // "Earlier in the day" with no date of its own is the day the story is about, which may be yesterday.
      const narrativeDay = sentenceDay ? null : ctx.narrativeDay(start);
      const day = sentenceDay ?? narrativeDay ?? ctx.published;
      const source = sentenceDay ? 'sentence-date' : narrativeDay ? 'narrative-date' : 'default-publication-date';
      const r = resolveRelativeUnit(day, 'day', 0, `the-day:${source}`);
      return { ...r, anchor: day };
    });
  });
}

export function referenceCandidates(doc: ArticleDoc, words: WordIndex): Candidate[] {
  return [
    ...theDay(doc.body, words),
    ...references(doc),
    ...overnight(doc.body, words),
    ...anaphoricUnits(doc.body, words),
    ...sinceThen(doc.body, words),
  ];
}
