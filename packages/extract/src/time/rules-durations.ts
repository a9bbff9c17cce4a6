/** Durations ("two-month", "100 days", "the past week"), "ago" offsets, and "the rest of the year". */
import {
  reference,
  resolveAgo,
  resolveDuration,
  resolveFuturePeriod,
  resolvePastPeriod,
  resolveRestOf,
  setOf,
  durationValue,
  type DurationUnit,
} from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import {
  candidate,
  gatedHeadStarts,
  headStarts,
  memoRegex,
  scan,
  scanAround,
  scanGated,
  type Candidate,
} from './candidate.js';
import { contextWords, parseAmount, temporalLexicon } from './lexicon.js';
import { capAlternation, patterns, wordAfter, wordBefore } from './patterns.js';
import { sameQuarterYearBefore } from './comparisons.js';
import { gatedPattern, wordSet, type WordIndex } from './words.js';
import { tokenIndexAt } from './tokens.js';

const HOURS_OF_DAY_WORDS = contextWords('hours-of-day-words');

const UNIT_PREFIXES = [
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'fortnight',
  'month',
  'quarter',
  'year',
  'decade',
  'centur',
  'millenni',
];
/** The head is a prefix of its word ("centur" of "century", "centuries"), so any word beginning with one may start it. */
const COUNTED_HEAD = gatedPattern(
  'counted-duration-head',
  UNIT_PREFIXES,
  () => new RegExp(`\\b(?:${UNIT_PREFIXES.join('|')})`, 'y'),
  true,
);
const CONSECUTIVE_HEAD = gatedPattern(
  'consecutive-head',
  ['consecutive', 'straight', 'successive'],
  () => /\b(?:consecutive|straight|successive)\b/iy,
);
const BARE_PLURAL = gatedPattern(
  'bare-plural',
  [
    'over',
    'throughout',
    'during',
    'seconds',
    'minutes',
    'hours',
    'days',
    'weeks',
    'months',
    'years',
    'decades',
    'centuries',
    'millennia',
  ],
  () =>
    /\b(?:(?<over>[Oo]ver|[Tt]hroughout|[Dd]uring)\s+the\s+)?(?<unit>[Ss]econds|[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades|[Cc]enturies|[Mm]illennia)\b/dy,
);
const PERIOD_DETERMINERS = [...contextWords('period-determiners')];
const PAST_PERIOD_HEAD = gatedPattern(
  'past-period-head',
  PERIOD_DETERMINERS,
  () => new RegExp(`\\b(?:${PERIOD_DETERMINERS.join('|')})\\b`, 'y'),
);
const REST = wordSet('rest', ['rest', 'remainder', 'balance']);
const setPhrases = () => [...temporalLexicon().sets.values()].filter((s) => !s.rate).map((s) => s.phrase);
/** Only the first letter's case varies (capAlternation), and the phrases are words and spaces. */
const SET_PHRASE = gatedPattern(
  'set-phrase',
  () => setPhrases().map((p) => p.split(' ')[0]!),
  () => new RegExp(`\\b(?:${capAlternation(setPhrases())})\\b(?!-)`, 'dy'),
);
const EVERY_UNIT = gatedPattern('every-unit', ['every', 'each'], () => {
  const { NUMBER, UNIT } = patterns();
  return new RegExp(
    `\\b(?:${capAlternation(['every', 'each'])})\\s+(?:(?:single|other)\\s+)?(?:(?<num>${NUMBER})\\s+)?(?<unit>${UNIT})\\b`,
    'dy',
  );
});
const TIMES_HEAD = gatedPattern(
  'times-per-unit-head',
  ['times', 'once', 'twice', 'thrice'],
  () => /\b(?:times|once|twice|thrice)\b/iy,
);

function unitOf(word: string): DurationUnit | undefined {
  return temporalLexicon().units.get(word.toLowerCase());
}

/** Words before "a day"/"a week" that make it a length ("for a day"), not a rate ("500 trucks a day"). */
const LENGTH_PREPOSITIONS = contextWords('length-context');
const UNIT_AS_INSTANCE_NEXT = contextWords('unit-as-instance-next-words');
const RATE_NEIGHBOURS = /(?:\d|\b(?:twice|times|once|thrice)\b)/;

/** "30-day", "four-year", "59-year-old", "week-long". */
function hyphenated(body: string): Candidate[] {
  const { NUMBER } = patterns();
  const re = memoRegex(
    'hyphenated-duration',
    () =>
      new RegExp(
        `\\b(?:(?<num>${NUMBER})-(?<unit>second|minute|hour|day|night|week|month|year|decade|century)(?<old>-old)?|(?<bare>hour|day|night|week|month|year|decade)-long)\\b(?!-(?!old|long))`,
        'yd',
      ),
  );
  return scanAround(
    body,
    headStarts(
      body,
      memoRegex(
        'hyphenated-duration-head',
        () => /-(?:second|minute|hour|day|night|week|month|year|decade|century|long)\b/g,
      ),
    ),
    re,
    3,
    (m) => {
      const g = m.groups!;
      const amount = g.bare ? 1 : parseAmount(g.num!);
      if (amount === undefined) return null;
      const unit = unitOf(g.unit ?? g.bare!)!;
      const start = m.index;
      const end = start + m[0].length;
      const rule = g.old ? 'duration:age' : g.bare ? 'duration:unit-long' : 'duration:hyphenated';
      return candidate(start, end, 1, 'duration', (ctx) => resolveDuration(ctx.published, amount, unit, rule));
    },
  );
}

/** Scale words after a number ("4.5 billion years", "71 thousand years ago"). */
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const SCALE_WORDS = Object.keys(SCALES).join('|');

function scaled(amount: number | null | undefined, scale: string | undefined): number | null | undefined {
  if (!scale || typeof amount !== 'number') return amount;
  return amount * SCALES[scale.toLowerCase()]!;
}

/** "two weeks", "more than 12 months", "a month", "several weeks ago", "minutes later", "three days from now". */
function counted(body: string, words: WordIndex): Candidate[] {
  const { NUMBER, UNIT, MODIFIER } = patterns();
  const re = memoRegex(
    'counted-duration',
    () =>
      new RegExp(
        `\\b(?:(?<mod>${MODIFIER})\\s+|(?<the>[Tt]he\\s+(?:(?:first|latest|same|full|final|initial|year-earlier|year-ago)\\s+)?))?(?<num>${NUMBER})(?:\\s+(?<scale>${SCALE_WORDS}))?\\s+(?:(?:more|additional|further|extra)\\s+)?(?:(?:consecutive|straight|successive|trading|working|business)\\s+)?(?<unit>${UNIT})\\b(?!-)(?<half>\\s+and\\s+a\\s+half\\b)?(?<orSo>\\s+or\\s+so\\b)?(?:\\s+(?<offset>ago|later|earlier|from\\s+now)\\b)?`,
        'yd',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, COUNTED_HEAD), re, 6, (m) => {
    const g = m.groups!;
    const whole = scaled(parseAmount(g.num!), g.scale);
    if (whole === undefined) return null;
    // "an hour and a half", "a minute and a half": the half follows the unit.
    const amount = g.half && typeof whole === 'number' ? whole + 0.5 : whole;
    const unit = unitOf(g.unit!)!;
    const numLower = g.num!.toLowerCase();
    // "a second summit": "second" after an article is an ordinal.
    if (unit === 'second' && (numLower === 'a' || numLower === 'an')) return null;
    // "about a quarter of its dealers": a fraction, not three months.
    if (unit === 'quarter' && (numLower === 'a' || numLower === 'an')) return null;
    const offset = g.offset?.toLowerCase().replace(/\s+/g, ' ');
    // "the nine months", "the first two years", "the year-earlier nine months": TimeML keeps the determiner of
    // a stretch of time; "the two weeks ago" is not a phrase, and "the a week" not English.
    if (g.the && (offset || numLower === 'a' || numLower === 'an')) return null;
    const start = m.index;
    const end = start + m[0].length;
    if (offset === 'ago' || offset === 'from now') {
      const sign = offset === 'ago' ? -1 : 1;
      return candidate(start, end, 2, 'ago', (ctx) => {
        if (amount === null)
          return reference(
            ctx.published,
            sign < 0 ? 'PAST_REF' : 'FUTURE_REF',
            `${offset?.replace(' ', '-')}:unspecified-amount`,
          );
        if (sign < 0 && amount === 1 && unit === 'year') {
          const quarter = sameQuarterYearBefore(ctx, start, 'ago:anchor-minus');
          if (quarter) return quarter;
        }
        return (
          resolveAgo(ctx.published, amount, unit, sign) ??
          resolveDuration(ctx.published, amount, unit, 'ago:sub-day-unit-as-duration')
        );
      });
    }
    const isArticle = numLower === 'a' || numLower === 'an';
    if (isArticle && !g.mod && !offset) {
      const before = wordBefore(body, start);
      const window = body.slice(Math.max(0, start - 40), start);
      const set = temporalLexicon().sets.get(`${numLower} ${g.unit!.toLowerCase()}`);
      if (
        set?.rate &&
        !LENGTH_PREPOSITIONS.has(before) &&
        RATE_NEIGHBOURS.test(window.slice(window.search(/[^.;:!?]*$/)))
      ) {
        return candidate(start, end, 2, 'set', (ctx) => setOf(ctx.published, set.value, 'set:rate-after-count'));
      }
    }
    // "a day like today", "a day when prices fell", "not a day anybody expected": one day as a thing the clause
    // describes, not a length of time (TimeML tags no duration there).
    if (isArticle && !g.mod && !offset && !g.half && !g.orSo && UNIT_AS_INSTANCE_NEXT.has(wordAfter(body, end)))
      return null;
    // "will one day lead the party": after a modal, "one day" is the idiom for some time to come, not a length.
    if (numLower === 'one' && unit === 'day' && !g.mod && !g.the && !offset && MODALS.has(wordBefore(body, start)))
      return candidate(start, end, 2, 'reference', (ctx) =>
        reference(ctx.published, 'FUTURE_REF', 'reference:one-day-after-modal'),
      );
    const rule = offset
      ? `duration:offset-${offset}`
      : g.mod
        ? `duration:approximate(${g.mod.toLowerCase().replace(/\s+/g, '-')})`
        : g.orSo
          ? 'duration:approximate(or-so)'
          : 'duration:counted';
    return candidate(start, end, 1, 'duration', (ctx) =>
      resolveDuration(ctx.published, amount, unit, amount === null ? 'duration:unspecified-amount' : rule),
    );
  });
}

/** "the sixth consecutive day": a run of n units so far. */
function consecutive(body: string, words: WordIndex): Candidate[] {
  const { ordinals } = temporalLexicon();
  const re = memoRegex(
    'consecutive',
    () =>
      new RegExp(
        `\\b(?<ord>${[...ordinals.keys()].join('|')}|\\d+(?:st|nd|rd|th))\\s+(?:consecutive|straight|successive)\\s+(?<unit>day|night|week|month|year)\\b`,
        'ydi',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, CONSECUTIVE_HEAD), re, 1, (m) => {
    const g = m.groups!;
    const n = ordinals.get(g.ord!.toLowerCase()) ?? parseInt(g.ord!, 10);
    const unit = unitOf(g.unit!)!;
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 1, 'duration', (ctx) =>
      resolveDuration(ctx.published, n, unit, 'duration:consecutive-ordinal'),
    );
  });
}

const MODALS = contextWords('modal-auxiliaries');
const BARE_BEFORE = contextWords('bare-plural-before');
const BARE_AFTER = contextWords('bare-plural-after');

/** "for years", "in months", "weeks of talks": an unspecified number of units (PXY, PXM). */
function barePlurals(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, BARE_PLURAL, (m) => {
    if (m.groups!.over) {
      const unit = unitOf(m.groups!.unit!)!;
      const start = m.index;
      const end = start + m[0].length;
      return candidate(start, end, 0, 'duration', (ctx) =>
        resolveDuration(ctx.published, null, unit, 'duration:over-the-units'),
      );
    }
    const before = wordBefore(body, m.index);
    const after = wordAfter(body, m.index + m[0].length);
    if (!BARE_BEFORE.has(before) && !BARE_AFTER.has(after)) return null;
    if (before === 'the' || before === 'these' || before === 'those') return null; // "the minutes of the meeting"
    if (m.groups!.unit!.toLowerCase() === 'hours' && HOURS_OF_DAY_WORDS.has(before)) return null; // "the early hours of Wednesday"
    const unit = unitOf(m.groups!.unit!)!;
    const start = m.index;
    const end = start + m[0].length;
    if (after === 'ago') {
      const agoEnd = body.indexOf('ago', end) + 3;
      return candidate(start, agoEnd, 1, 'ago', (ctx) =>
        reference(ctx.published, 'PAST_REF', 'ago:unspecified-amount'),
      );
    }
    // "minutes later": the offset word belongs to the expression, as in the gold files.
    const offset = /^\s+(?:later|earlier)\b/.exec(body.slice(end, end + 10));
    const spanEnd = offset ? end + offset[0].length : end;
    return candidate(start, spanEnd, 0, 'duration', (ctx) => {
      // "will meet within days": a time soon to come, as "in the coming days" is; "died within weeks" stays a length.
      if (before === 'within' && !offset) {
        const direction = ctx.direction(start, spanEnd);
        if (direction.way === 'future' && !direction.cue.startsWith('default-'))
          return reference(ctx.published, 'FUTURE_REF', `reference:within-units:${direction.cue}`);
      }
      return resolveDuration(
        ctx.published,
        null,
        unit,
        offset ? 'duration:bare-plural-offset' : 'duration:bare-plural',
      );
    });
  });
}

/** "the past week", "over the last 24 hours", "the previous two months": a duration that ends now. */
function pastPeriods(body: string, words: WordIndex): Candidate[] {
  const { NUMBER, UNIT } = patterns();
  const re = memoRegex(
    'past-period',
    () =>
      new RegExp(
        `\\b(?<the>[Tt]he)\\s+(?<det>past|last|previous|preceding|next|coming)\\s+(?:(?<num>${NUMBER})\\s+)?(?:(?:consecutive|straight|trading|working|business)\\s+)?(?<unit>${UNIT})\\b(?!-)`,
        'yd',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, PAST_PERIOD_HEAD), re, 1, (m) => {
    const g = m.groups!;
    const ahead = g.det === 'next' || g.det === 'coming';
    // "the next day" is anaphoric (rules-references); "the next two years", "the coming months" are periods ahead.
    if (ahead && !g.num && !/s$/.test(g.unit!)) return null;
    const unit = unitOf(g.unit!)!;
    let amount: number | null | undefined = g.num
      ? parseAmount(g.num)
      : /s$/.test(g.unit!) && unit !== 'century'
        ? null
        : 1;
    if (amount === undefined) return null;
    if (g.num && ['a', 'an'].includes(g.num.toLowerCase())) amount = 1;
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 2, 'past-period', (ctx) =>
      ahead ? resolveFuturePeriod(ctx.published, amount, unit) : resolvePastPeriod(ctx.published, amount, unit),
    );
  });
}

function restOf(body: string, words: WordIndex): Candidate[] {
  // The pattern needs this word: most bodies lack it and are not scanned.
  if (!words.has(REST)) return [];
  return scan(body, /\b[Tt]he\s+(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+(?<unit>year|month|week)\b/dg, (m) => {
    const unit = m.groups!.unit as 'year' | 'month' | 'week';
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 2, 'rest-of', (ctx) => resolveRestOf(ctx.published, unit));
  });
}

/** "every day", "every single minute", "twice a week", "per day", "daily", "nightly", "annually". */
/** Parts of speech of a word that a frequency adjective before it modifies ("a quarterly dividend", "annual sales"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "the Communist Party daily Granma", "the Israeli daily Haaretz": a frequency word in lower case between two
 * capitalized words is a newspaper, not a set ("the weekly Cabinet meeting", after "the", stays a set).
 */
function namesANewspaper(body: string, start: number, end: number): boolean {
  return (
    /^\p{Ll}/u.test(body.slice(start, start + 1)) &&
    /\p{Lu}[\p{L}'’.-]*\s+$/u.test(body.slice(Math.max(0, start - 30), start)) &&
    /^\s+\p{Lu}/u.test(body.slice(end, end + 4))
  );
}

function sets(doc: ArticleDoc, words: WordIndex): Candidate[] {
  const body = doc.body;
  const { sets: lexiconSets } = temporalLexicon();
  const { NUMBER, UNIT } = patterns();
  const out: Candidate[] = [];
  out.push(
    ...scanGated(body, words, SET_PHRASE, (m) => {
      const entry = lexiconSets.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
      const start = m.index;
      const end = start + m[0].length;
      if (entry.notBeforeNoun && MODIFIED.has(doc.tokens[tokenIndexAt(doc.tokens, end)]?.pos ?? '')) return null;
      if (namesANewspaper(body, start, end)) return null;
      return candidate(start, end, 3, 'set', (ctx) => setOf(ctx.published, entry.value, 'set:lexicon'));
    }),
  );
  out.push(
    ...scanGated(body, words, EVERY_UNIT, (m) => {
      const g = m.groups!;
      const amount = g.num ? parseAmount(g.num) : 1;
      if (amount === undefined || amount === null) return null;
      const unit = unitOf(g.unit!)!;
      const every = /\bother\b/.test(m[0]) ? amount * 2 : amount;
      const start = m.index;
      const end = start + m[0].length;
      return candidate(start, end, 2, 'set', (ctx) =>
        setOf(ctx.published, durationValue(every, unit), 'set:every-unit'),
      );
    }),
  );
  const timesRe = memoRegex(
    'times-per-unit',
    () =>
      new RegExp(
        `\\b(?:once|twice|thrice|(?:${NUMBER})\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<unit>${UNIT})\\b`,
        'ydi',
      ),
  );
  out.push(
    ...scanAround(body, gatedHeadStarts(body, words, TIMES_HEAD), timesRe, 4, (m) => {
      const unit = unitOf(m.groups!.unit!)!;
      const start = m.index;
      const end = start + m[0].length;
      return candidate(start, end, 3, 'set', (ctx) =>
        setOf(ctx.published, durationValue(1, unit), 'set:times-per-unit'),
      );
    }),
  );
  return out;
}

export function durationCandidates(doc: ArticleDoc, words: WordIndex): Candidate[] {
  const body = doc.body;
  return [
    ...hyphenated(body),
    ...counted(body, words),
    ...consecutive(body, words),
    ...barePlurals(body, words),
    ...pastPeriods(body, words),
    ...restOf(body, words),
    ...sets(doc, words),
  ];
}
