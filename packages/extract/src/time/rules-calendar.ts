/**
 * Calendar names the recognizer reads itself, because their value depends on the clause's tense or context:
 * weekdays, months without a day, years, decades. Relative periods are in rules-periods.ts; centuries and
 * years with an era ("44 BC") in rules-eras.ts.
 */
import {
  resolveDecade,
  resolveMonth,
  resolveRelativeUnit,
  resolveWeekday,
  resolveYear,
  setOf,
  withPartOfDay,
  type Resolution,
} from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import { lexiconSet } from '@dossier/lexicons';
import {
  candidate,
  gatedHeadStarts,
  headStarts,
  matchCandidate,
  memoRegex,
  scan,
  scanAround,
  groupStart,
  type Candidate,
} from './candidate.js';
import { contextWords, temporalLexicon } from './lexicon.js';
import { cap, capAlternation, modRule, partOfHours, patterns, wordAfter, wordBefore } from './patterns.js';
import { orNearest } from './nearest.js';
import { holidayCandidates } from './rules-holidays.js';
import { dayPairCandidates } from './rules-day-pairs.js';
import { tokenIndexAt } from './tokens.js';
import { gatedPattern, type WordIndex } from './words.js';

const COUNT_QUALIFIERS = contextWords('count-qualifiers');

/** Words before a number that make it a year even when a plural noun follows ("in 2024 elections", "the 2024 polls"). */
const YEAR_CONTEXT = contextWords('year-context');
const EDITION_HEADS = contextWords('year-edition-heads');
const PREPOSITIONS = contextWords('month-context');
const ATTRIBUTIVE_DETERMINERS = contextWords('attributive-weekday-determiners');
const CLAUSE_BOUNDARIES = contextWords('clause-boundaries');
const MAY_SUBJECT_VERBS = contextWords('month-may-verbs');

const MONTH_HEAD = gatedPattern(
  'month-head',
  () => patterns().MONTH_NAMES,
  () => new RegExp(`\\b(?:${patterns().MONTH})\\b`, 'y'),
);
function weekdays(body: string): Candidate[] {
  const { HOURS_OF_DAY } = patterns();
  const { WEEKDAY, PART_OF_DAY } = patterns();
  const { weekdays: weekdayNumbers, partsOfDay } = temporalLexicon();
  const re = memoRegex(
    'weekday',
    () =>
      new RegExp(
        `\\b(?:(?<mod>${capAlternation(['last', 'next', 'this', 'early', 'late', 'earlier', 'later', 'this coming', 'this past', 'every', 'each'])})\\s+(?:on\\s+)?)?` +
          `(?:(?<partBefore>${PART_OF_DAY})\\s+of\\s+|(?<hours>${HOURS_OF_DAY})\\s+of\\s+|(?<overnight>${cap('overnight')})\\s+(?:on\\s+|(?<into>into)\\s+)?)?` +
          `(?<weekday>${WEEKDAY})(?:(?<plural>s)|(?<possessive>['’]s))?\\b(?:\\s+(?<partAfter>${PART_OF_DAY})\\b|\\s+(?<hoursAfter>${HOURS_OF_DAY})\\b)?`,
        'yd',
      ),
  );
  return scanAround(
    body,
    headStarts(
      body,
      memoRegex('weekday-head', () => /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/g),
    ),
    re,
    4,
    (m) => {
      const g = m.groups!;
      const start = m.index;
      const possessiveOnly = g.possessive !== undefined && !g.hoursAfter && !g.partAfter;
      // "Friday's vote": the "'s" is not part of the date.
      const end = possessiveOnly ? m.indices!.groups!.weekday![1] : start + m[0].length;
      const weekday = weekdayNumbers.get(g.weekday!.toLowerCase())!;
      const mod = g.mod?.toLowerCase().replace(/\s+/g, ' ');
      // "earlier on Thursday" keeps "on" and what precedes it outside the span, as "on Thursday" does.
      if ((mod === 'earlier' || mod === 'later') && /\s[Oo]n\s/.test(m[0])) return null;
      if (mod === 'every' || mod === 'each') {
        if (g.plural || g.partBefore || g.overnight) return null;
        return candidate(start, end, 2, 'weekday', (ctx) => setOf(ctx.published, 'P1W', `weekday-set:${mod}`));
      }
      if (g.plural) {
        if (mod || g.partBefore || g.partAfter || g.overnight) return null;
        return candidate(start, end, 1, 'weekday', (ctx) => setOf(ctx.published, 'P1W', 'weekday-plural:weekly'));
      }
      // "Friday's early hours" is the night's end; "Friday's vote" names the day only, so "'s" stays outside.
      if (possessiveOnly && !g.mod) return possessiveWeekday(start, end, weekday);
      const attributive =
        !g.mod && !g.possessive && !g.partBefore && !g.hours && !g.overnight && isAttributive(body, start, end);
      const part = g.overnight
        ? 'NI'
        : g.hours
          ? partOfHours(g.hours)
          : g.hoursAfter
            ? partOfHours(g.hoursAfter)
            : (g.partAfter ?? g.partBefore);
      return candidate(start, end, 1, 'weekday', (ctx): Resolution => {
        const modifier =
          mod === 'last' || mod === 'this past'
            ? 'last'
            : mod === 'next' || mod === 'this coming'
              ? 'next'
              : mod === 'this'
                ? 'this'
                : null;
        let r = attributive
          ? { ...nearestWeekday(ctx.published, weekday), rule: 'weekday:attributive-nearest' }
          : resolveWeekday(ctx.published, weekday, ctx.direction(start, end), modifier);
        // "Earlier Friday" is a time of that Friday: one expression, not a vague "earlier" beside a date.
        if (mod === 'early' || mod === 'late' || mod === 'earlier' || mod === 'later')
          r = { ...r, rule: `${r.rule}+mod:${mod}` };
        // "overnight into Sunday" is the night that ends on Sunday morning: Saturday's night.
        if (g.into) r = resolveRelativeUnit(r.value, 'day', -1, `${r.rule}+night-before`);
        if (part) r = withPartOfDay(r, part.length === 2 ? (part as 'NI') : partsOfDay.get(part.toLowerCase())!);
        return r;
      });
    },
  );
}

/**
 * "Wednesday's ruling", "Tuesday's meeting": the weekday names an event of the days around publication, and the
 * clause's verb tells the time of another (the one that mentions the event), so neither tense decides: the
 * last such day (publication day included), or the next one when it is less than half as far.
 */
function possessiveWeekday(start: number, end: number, weekday: number): Candidate {
  return candidate(
    start,
    end,
    1,
    'weekday',
    (ctx): Resolution => ({
      ...nearestWeekday(ctx.published, weekday),
      rule: 'weekday:possessive-nearest',
    }),
  );
}

/**
 * The last such weekday (publication day included), or the next one when it is less than half as far: an event
 * named by its day has more often happened (a ruling, a closing price), so the next day wins only when it is
 * much the nearer.
 */
function nearestWeekday(published: string, weekday: number): Resolution {
  const past = resolveWeekday(published, weekday, { way: 'past', cue: 'possessive' });
  const future = resolveWeekday(published, weekday, { way: 'future', cue: 'possessive' });
  const pub = Date.parse(`${published}T00:00:00Z`);
  const back = pub - Date.parse(`${past.value}T00:00:00Z`);
  const ahead = Date.parse(`${future.value}T00:00:00Z`) - pub;
  return 2 * ahead < back ? future : past;
}

/**
 * "the Tuesday deadline", "his Sunday night address", "the paper's Friday issue": after a determiner or a
 * possessive and before a lower-case word that is no preposition or conjunction, the weekday modifies a noun,
 * and names an event of the days around publication as a possessive weekday does; the clause's verb dates
 * something else ("shareholders tendered by the Tuesday deadline", "before his Sunday night address, he played").
 * Checked on the three dev sets: six such weekdays, all the nearest day in their gold.
 */
function isAttributive(body: string, start: number, end: number): boolean {
  const before = wordBefore(body, start);
  const determined = ATTRIBUTIVE_DETERMINERS.has(before) || /['’]s$/.test(before);
  if (!determined || !/^[ \t]+$/.test(body.slice(start - 1, start))) return false;
  const next = /^[ \t]+([a-z]+)\b/.exec(body.slice(end, end + 30))?.[1];
  return next !== undefined && !PREPOSITIONS.has(next) && !CLAUSE_BOUNDARIES.has(next);
}

/** "last June" is the June before the publication month, "next June" the one after, "this June" the publication year's. */
function monthNamedFrom(published: string, month: number, near: string): Resolution {
  const word = near.toLowerCase().replace(/\s+/g, ' ');
  const year = Number(published.slice(0, 4));
  const current = Number(published.slice(5, 7));
  const y =
    word === 'last' || word === 'this past'
      ? month < current
        ? year
        : year - 1
      : word === 'next' || word === 'this coming'
        ? month > current
          ? year
          : year + 1
        : year;
  // With the year given, resolveMonth does not read the direction.
  return { ...resolveMonth(published, month, y, { way: 'past', cue: word }), rule: `month:${word.replace(' ', '-')}` };
}

/**
 * A capitalized "May" that only a month can be: possessive ("May's jobs report"), after a determiner ("the May
 * report"), or the subject of a copula or auxiliary ("May was the second increase"). The modal is none of these.
 */
function namesTheMonthMay(body: string, end: number): boolean {
  if (/^['’]s\b/.test(body.slice(end, end + 3))) return true;
  return MAY_SUBJECT_VERBS.has(wordAfter(body, end)) && /^\s/.test(body.slice(end, end + 1));
}

/** Month names without a day ("November", "mid-January", "June 2026"); "May" needs a date context (the verb). */
function months(body: string, doc: ArticleDoc, words: WordIndex): Candidate[] {
  const { MONTH, PERIOD_PREFIX } = patterns();
  const { months: monthNumbers } = temporalLexicon();
  const re = memoRegex(
    'month',
    () =>
      new RegExp(
        `\\b(?:${PERIOD_PREFIX})?(?:(?<near>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming)\\s+)?(?<month>${MONTH})\\b(?:,?\\s+(?:of\\s+)?(?<year>(?:1[5-9]|20)\\d\\d)\\b|\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year\\b)?(?!\\s+\\d{1,2}(?!\\d))`,
        'yd',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, MONTH_HEAD), re, 4, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const name = g.month!;
    // "last May", "May last year": the modifier makes the word a month.
    if (!g.year && !g.mod && !g.near && !g.rel && (name === 'May' || name === 'March' || name === 'August')) {
      const before = wordBefore(body, groupStart(m, 0));
      const atSentenceStart = doc.sentences.some((s) => s.start === start);
      const tokenAfter = doc.tokens[tokenIndexAt(doc.tokens, end)];
      const followedByVerb =
        tokenAfter !== undefined && (tokenAfter.pos === 'VERB' || tokenAfter.pos === 'AUX' || tokenAfter.pos === 'ADV');
      // "the war may continue"; but "May's figures", "the May report" and "May was" name the month.
      if (name === 'May' && !PREPOSITIONS.has(before) && !namesTheMonthMay(body, end)) return null;
      if (name !== 'May' && (atSentenceStart || followedByVerb) && !PREPOSITIONS.has(before)) return null;
    }
    // "the March for Life", "the March of the Mothers": a capitalized "March" before of/for and a name is an event.
    if (
      name === 'March' &&
      !g.year &&
      !g.rel &&
      /^\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u.test(body.slice(end, end + 30))
    )
      return null;
    const month = monthNumbers.get(name.toLowerCase())!;
    return candidate(start, end, 1, 'month', (ctx) => {
      // "October of next year": the year is relative to publication.
      const year = g.year
        ? Number(g.year)
        : g.rel
          ? Number(ctx.published.slice(0, 4)) + (g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0)
          : null;
      if (year === null && g.near) return monthNamedFrom(ctx.published, month, g.near);
      const r = resolveMonth(
        ctx.published,
        month,
        year,
        orNearest(ctx.direction(start, end), ctx.published, month, null),
      );
      return { ...r, rule: r.rule + modRule(g.mod) };
    });
  });
}

/**
 * A name that a year after it dates, as an event's edition ("Developers Conference 2010", "Expo 2020"): an
 * event noun (lexicon temporal-context-words, set year-edition-heads) or an acronym of three to six capitals that
 * names no currency, index or measure (lexicon non-organization-acronyms).
 * A product's name keeps its number ("Windows 2000", "Russell 2000").
 */
function isEditionName(word: string): boolean {
  const lower = word.toLowerCase();
  if (EDITION_HEADS.has(lower)) return true;
  // "USD 2000", "FTSE 2000": a currency, an index or a measure before a number is an amount, not an event.
  return /^\p{Lu}{3,6}$/u.test(word) && !nonEventAcronyms().has(lower);
}

let notEvents: Set<string> | undefined;

function nonEventAcronyms(): Set<string> {
  return (notEvents ??= lexiconSet('non-organization-acronyms'));
}

/** Written years ("2025", "early 2024", "since 2007"), but not counts ("2000 troops") or amounts ("$2024"). */
function years(body: string, doc: ArticleDoc): Candidate[] {
  const { PERIOD_PREFIX } = patterns();
  const re = memoRegex(
    'year',
    () =>
      new RegExp(
        `(?<![\\p{L}\\p{N}$£€#.,/'’-])(?:${PERIOD_PREFIX})?(?<fiscal>[Ff]iscal\\s+)?(?<year>(?:1[5-9]|20)\\d\\d)(?![\\p{N}%]|[.,/:]\\p{N}|s\\b|-\\p{N})`,
        'ydu',
      ),
  );
  return scanAround(
    body,
    headStarts(
      body,
      memoRegex('year-head', () => /(?:1[5-9]|20)\d\d/g),
    ),
    re,
    4,
    (m) => {
      const g = m.groups!;
      const yearStart = m.indices!.groups!.year![0];
      const year = Number(g.year);
      // "1990's" is a decade (decades() reads it); "1987's crash" is a year.
      if (year % 10 === 0 && /^['’]s\b/.test(body.slice(yearStart + 4, yearStart + 7))) return null;
      const next = doc.tokens[tokenIndexAt(doc.tokens, yearStart + 4)];
      const before = wordBefore(body, yearStart);
      const nextWord = next ? body.slice(next.start, next.end) : '';
      const plural = next?.pos === 'NOUN' && /[a-z]s$/.test(nextWord) && !/ss$/.test(nextWord);
      // "2000 soldiers", but "the 2024 elections" and "fiscal 1989 sales".
      if (!g.mod && !g.fiscal && plural && !YEAR_CONTEXT.has(before)) return null;
      if (COUNT_QUALIFIERS.has(before)) return null;
      if (!g.mod) {
        const previous = /([\p{Lu}][\p{L}]*)\s+$/u.exec(body.slice(Math.max(0, yearStart - 30), yearStart));
        const isMonth = previous && temporalLexicon().months.has(previous[1]!.toLowerCase());
        const sentenceStart = previous && doc.sentences.some((s) => s.start === yearStart - previous[0].length);
        // A capitalized preposition is a headline's Title Case ("Sales Fall In 2005"), not a name.
        const titleCasePreposition = previous && YEAR_CONTEXT.has(previous[1]!.toLowerCase());
        const edition = previous && isEditionName(previous[1]!);
        if (previous && !isMonth && !sentenceStart && !titleCasePreposition && !edition) return null; // "Russell 2000", "Windows 2000"
      }
      const start = m.index;
      const end = start + m[0].length;
      return candidate(start, end, 1, 'year', (ctx) =>
        resolveYear(ctx.published, year, `year:explicit${modRule(g.mod)}`),
      );
    },
  );
}

/** What must stand before a decade written without its century or apostrophe ("the 70s", "the 70s and 80s"). */
const BARE_DECADE_BEFORE = /(?:\b[Tt]he|\d0['’]?s\s+(?:and|or|to))\s+(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?$/;

const THE_BEFORE = /\b[Tt]he\s$/;

function decades(body: string): Candidate[] {
  const re = memoRegex(
    'decade',
    () =>
      /(?<![\p{L}\p{N}'’])(?:(?<mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?:(?<decade>1\d\d0|20\d0)['’]?s|['’](?<short>[1-9]0)s|(?<bare>[1-9]0)s)\b/duy,
  );
  return scanAround(
    body,
    headStarts(
      body,
      memoRegex('decade-head', () => /\d0['’]?s\b/g),
    ),
    re,
    2,
    (m) => {
      const start = m.index;
      const end = start + m[0].length;
      // "the 70s and 80s" without an apostrophe is a decade only after "the" (or such a decade and "and"):
      // "in their 70s" is an age, "70s" alone a count.
      if (m.groups!.bare && !BARE_DECADE_BEFORE.test(body.slice(Math.max(0, start - 30), start))) return null;
      // "the '80s" is the twentieth century's.
      const firstYear = m.groups!.decade ? Number(m.groups!.decade) : 1900 + Number(m.groups!.short ?? m.groups!.bare);
      // "the late 1970s": with a modifier the article joins the span, as TimeBank writes it; a bare "the 1990s"
      // keeps it outside, as the gold files do.
      const the = m.groups!.mod ? THE_BEFORE.exec(body.slice(Math.max(0, start - 4), start)) : null;
      return candidate(the ? start - the[0].length : start, end, 1, 'decade', (ctx) => {
        const r = resolveDecade(ctx.published, firstYear);
        return { ...r, rule: r.rule + modRule(m.groups!.mod) };
      });
    },
  );
}

const DECADE_WORD_HEAD = gatedPattern(
  'decade-word-head',
  () => [...decadeWordValues().keys()],
  () => new RegExp(`\\b(?:${[...decadeWordValues().keys()].join('|')})\\b`, 'iy'),
);
const TEMPERATURE_BEFORE = /\b(?:temperatures?|highs?|lows?|degrees|heat|thermometers?|Fahrenheit)\b/i;

/** "thirties" … "nineties", from the number lexicon's tens ("ninety" → "nineties" → 90). */
function decadeWordValues(): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, value] of temporalLexicon().numbers) {
    if (value !== null && value >= 30 && value <= 90 && value % 10 === 0 && word.endsWith('y'))
      out.set(`${word.slice(0, -1)}ies`, value);
  }
  return out;
}

/**
 * "the nineties", "the late sixties": a decade in words after "the" (without it, "in their nineties" is an age),
 * read in the twentieth century as "the '80s" is. "the twenties" is left out: in this century it may be either.
 */
function decadeWords(body: string, words: WordIndex): Candidate[] {
  const values = decadeWordValues();
  const re = memoRegex(
    'decade-word',
    () =>
      new RegExp(
        `\\b[Tt]he\\s+(?:(?<mod>[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?(?<word>${[...decadeWordValues().keys()].join('|')})\\b(?![-'’])`,
        'dyi',
      ),
  );
  // Back from the decade word over "late" (or "mid-") to "the".
  return scanAround(body, gatedHeadStarts(body, words, DECADE_WORD_HEAD), re, 3, (m) => {
    const tens = values.get(m.groups!.word!.toLowerCase());
    if (tens === undefined) return null;
    // "highs in the nineties": a temperature, not a decade.
    if (TEMPERATURE_BEFORE.test(body.slice(Math.max(0, m.index - 50), m.index))) return null;
    return matchCandidate(m, 1, 'decade', (ctx) => {
      const r = resolveDecade(ctx.published, 1900 + tens);
      return { ...r, rule: `decade:words${modRule(m.groups!.mod)}` };
    });
  });
}

/** How far past the publication year a two-digit year may lie before it is read in the century before. */
const SHORT_YEAR_AHEAD = 10;

/**
 * "since '82", "the class of '08": a year written with an apostrophe and two digits, after a word that makes
 * a number a year (lexicon set year-context). Its century is the publication's, unless that puts it more than
 * ten years ahead ("'82" in 2008 is 1982).
 */
function shortYears(body: string): Candidate[] {
  if (!/['’]\d\d/.test(body)) return [];
  return scan(body, /(?<![\p{L}\p{N}])['’](?<yy>\d\d)(?![\p{N}\p{L}'’]|[.,]\p{N})/dgu, (m) => {
    if (!YEAR_CONTEXT.has(wordBefore(body, m.index))) return null;
    const yy = Number(m.groups!.yy);
    const start = m.index;
    return candidate(start, start + m[0].length, 1, 'year', (ctx) => {
      const pubYear = Number(ctx.published.slice(0, 4));
      const century = Math.floor(pubYear / 100) * 100;
      const year = century + yy > pubYear + SHORT_YEAR_AHEAD ? century - 100 + yy : century + yy;
      return resolveYear(ctx.published, year, 'year:two-digit');
    });
  });
}

export function calendarCandidates(doc: ArticleDoc, words: WordIndex): Candidate[] {
  const body = doc.body;
  return [
    ...holidayCandidates(body, words),
    ...dayPairCandidates(body, words),
    ...weekdays(body),
    ...months(body, doc, words),
    ...years(body, doc),
    ...shortYears(body),
    ...decades(body),
    ...decadeWords(body, words),
  ];
}
