/**
 * Calendar names the recognizer reads itself, because their value depends on the clause's tense: weekdays,
 * months without a day, years, decades, seasons, and deictic words (today, last week, this year).
 */
import {
  resolveDecade,
  resolveCentury,
  resolveMonth,
  resolveQuarter,
  resolveRelativeUnit,
  resolveSeason,
  resolveWeekday,
  resolveWeekend,
  resolveYear,
  withPartOfDay,
  setOf,
  type CalendarUnit,
  type Resolution,
} from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import { memoRegex, scan, scanAround, groupStart, type Candidate } from './candidate.js';
import { temporalLexicon } from './lexicon.js';
import { cap, capAlternation, modRule, patterns, wordAfter, wordBefore } from './patterns.js';
import { tokenIndexAt } from './tokens.js';

/** Words before a number that make it a year even when a plural noun follows ("in 2024 elections", "the 2024 polls"). */
const YEAR_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'during', 'before', 'after', 'through', 'early', 'late', 'mid', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'throughout']);
const PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'during', 'before', 'after', 'between', 'and', 'to', 'through', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'around', 'throughout', 'or', 'for', 'the']);

function weekdays(body: string): Candidate[] {
  const { WEEKDAY, PART_OF_DAY } = patterns();
  const { weekdays: weekdayNumbers, partsOfDay } = temporalLexicon();
  const re = memoRegex('weekday', () => new RegExp(
    `\\b(?:(?<mod>${capAlternation(['last', 'next', 'this', 'early', 'late', 'this coming', 'this past', 'every', 'each'])})\\s+(?:on\\s+)?)?` +
      `(?:(?<partBefore>${PART_OF_DAY})\\s+of\\s+|(?<overnight>${cap('overnight')})\\s+(?:on\\s+|into\\s+)?)?` +
      `(?<weekday>${WEEKDAY})(?<plural>s)?\\b(?:\\s+(?<partAfter>${PART_OF_DAY})\\b)?`,
    'yd',
  ));
  return scanAround(body, memoRegex('weekday-head', () => /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/g), re, 4, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const weekday = weekdayNumbers.get(g.weekday!.toLowerCase())!;
    const mod = g.mod?.toLowerCase().replace(/\s+/g, ' ');
    if (mod === 'every' || mod === 'each') {
      if (g.plural || g.partBefore || g.overnight) return null;
      return { start, end, priority: 2, source: 'weekday', build: (ctx) => setOf(ctx.published, 'P1W', `weekday-set:${mod}`) };
    }
    if (g.plural) {
      if (mod || g.partBefore || g.partAfter || g.overnight) return null;
      return { start, end, priority: 1, source: 'weekday', build: (ctx) => setOf(ctx.published, 'P1W', 'weekday-plural:weekly') };
    }
    const part = g.overnight ? 'NI' : g.partAfter ?? g.partBefore;
    return {
      start,
      end,
      priority: 1,
      source: 'weekday',
      build(ctx): Resolution {
        const modifier = mod === 'last' || mod === 'this past' ? 'last' : mod === 'next' || mod === 'this coming' ? 'next' : mod === 'this' ? 'this' : null;
        let r = resolveWeekday(ctx.published, weekday, ctx.direction(start, end), modifier);
        if (mod === 'early' || mod === 'late') r = { ...r, rule: `${r.rule}+mod:${mod}` };
        if (part) r = withPartOfDay(r, part.length === 2 ? (part as 'NI') : partsOfDay.get(part.toLowerCase())!);
        return r;
      },
    };
  });
}

/** Month names without a day ("November", "mid-January", "June 2026"); "May" needs a date context (the verb). */
function months(body: string, doc: ArticleDoc): Candidate[] {
  const { MONTH, PERIOD_PREFIX } = patterns();
  const { months: monthNumbers } = temporalLexicon();
  const re = memoRegex('month', () => new RegExp(`\\b(?:${PERIOD_PREFIX})?(?<month>${MONTH})\\b(?:,?\\s+(?:of\\s+)?(?<year>(?:1[5-9]|20)\\d\\d)\\b|\\s+of\\s+(?<rel>this|last|next)\\s+year\\b)?(?!\\s+\\d{1,2}(?!\\d))`, 'yd'));
  return scanAround(body, memoRegex('month-head', () => new RegExp(`\\b(?:${patterns().MONTH})\\b`, 'g')), re, 4, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const name = g.month!;
    if (!g.year && !g.mod && (name === 'May' || name === 'March' || name === 'August')) {
      const before = wordBefore(body, groupStart(m, 0));
      const atSentenceStart = doc.sentences.some((s) => s.start === start);
      const tokenAfter = doc.tokens[tokenIndexAt(doc.tokens, end)];
      const followedByVerb = tokenAfter !== undefined && (tokenAfter.pos === 'VERB' || tokenAfter.pos === 'AUX' || tokenAfter.pos === 'ADV');
      if (name === 'May' && !PREPOSITIONS.has(before)) return null; // "the war may continue"
      if (name !== 'May' && (atSentenceStart || followedByVerb) && !PREPOSITIONS.has(before)) return null;
    }
    const month = monthNumbers.get(name.toLowerCase())!;
    return {
      start,
      end,
      priority: 1,
      source: 'month',
      build(ctx) {
        // "October of next year": the year is relative to publication.
        const year = g.year ? Number(g.year) : g.rel ? Number(ctx.published.slice(0, 4)) + (g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0) : null;
        const r = resolveMonth(ctx.published, month, year, ctx.direction(start, end));
        return { ...r, rule: r.rule + modRule(g.mod) };
      },
    };
  });
}

/** Written years ("2025", "early 2024", "since 2007"), but not counts ("2000 troops") or amounts ("$2024"). */
function years(body: string, doc: ArticleDoc): Candidate[] {
  const { PERIOD_PREFIX } = patterns();
  const re = memoRegex('year', () => new RegExp(`(?<![\\p{L}\\p{N}$£€#.,/'’-])(?:${PERIOD_PREFIX})?(?<year>(?:1[5-9]|20)\\d\\d)(?![\\p{N}%]|[.,/:]\\p{N}|s\\b|-\\p{N})`, 'ydu'));
  return scanAround(body, memoRegex('year-head', () => /(?:1[5-9]|20)\d\d/g), re, 4, (m) => {
    const g = m.groups!;
    const yearStart = groupStart(m, 2);
    const year = Number(g.year);
    // "1990's" is a decade (decades() reads it); "1987's crash" is a year.
    if (year % 10 === 0 && /^['’]s\b/.test(body.slice(yearStart + 4, yearStart + 7))) return null;
    const next = doc.tokens[tokenIndexAt(doc.tokens, yearStart + 4)];
    const before = wordBefore(body, yearStart);
    const nextWord = next ? body.slice(next.start, next.end) : '';
    const plural = next?.pos === 'NOUN' && /[a-z]s$/.test(nextWord) && !/ss$/.test(nextWord);
    if (!g.mod && plural && !YEAR_CONTEXT.has(before)) return null; // "2000 soldiers", but "the 2024 elections"
    if (['about', 'some', 'than', 'least', 'nearly', 'almost', 'around', 'over', 'roughly', 'approximately', 'only', 'just'].includes(before)) return null;
    if (!g.mod) {
      const previous = /([\p{Lu}][\p{L}]*)\s+$/u.exec(body.slice(Math.max(0, yearStart - 30), yearStart));
      const isMonth = previous && temporalLexicon().months.has(previous[1]!.toLowerCase());
      const sentenceStart = previous && doc.sentences.some((s) => s.start === yearStart - previous[0].length);
      if (previous && !isMonth && !sentenceStart) return null; // "Russell 2000", "Windows 2000"
    }
    const start = m.index;
    const end = start + m[0].length;
    return { start, end, priority: 1, source: 'year', build: (ctx) => resolveYear(ctx.published, year, `year:explicit${modRule(g.mod)}`) };
  });
}

function decades(body: string): Candidate[] {
  const re = memoRegex('decade', () => /(?<![\p{L}\p{N}'’])(?:(?<mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?:(?<decade>1\d\d0|20\d0)['’]?s|['’](?<short>[1-9]0)s)\b/ydu);
  return scanAround(body, memoRegex('decade-head', () => /\d0['’]?s\b/g), re, 2, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    // "the '80s" is the twentieth century's.
    const firstYear = m.groups!.decade ? Number(m.groups!.decade) : 1900 + Number(m.groups!.short);
    return { start, end, priority: 1, source: 'decade', build: (ctx) => {
      const r = resolveDecade(ctx.published, firstYear);
      return { ...r, rule: r.rule + modRule(m.groups!.mod) };
    } };
  });
}

function seasons(body: string): Candidate[] {
  const { SEASON, PERIOD_PREFIX } = patterns();
  const { seasons: seasonCodes } = temporalLexicon();
  const re = memoRegex('season', () => new RegExp(`\\b(?:${PERIOD_PREFIX})?(?:(?<det>${capAlternation(['this', 'last', 'next', 'the', 'in the', 'this past', 'this coming'])})\\s+)?(?<season>${SEASON})\\b(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d)\\b)?`, 'yd'));
  return scanAround(body, memoRegex('season-head', () => /\b(?:spring|summer|autumn|fall|winter)\b/gi), re, 5, (m) => {
    const g = m.groups!;
    const det = g.det?.toLowerCase().replace(/\s+/g, ' ');
    if (!det && !g.year && !g.mod) return null;
    if (g.season === 'fall' && !g.year && !['this', 'last', 'next', 'this past', 'this coming'].includes(det ?? '')) return null;
    const code = seasonCodes.get(g.season!.toLowerCase())!;
    const start = det === 'in the' && !g.mod ? groupStart(m, 0) + 3 : m.index;
    const end = m.index + m[0].length;
    const modifier = det === 'this' ? 'this' : det === 'last' || det === 'this past' ? 'last' : det === 'next' || det === 'this coming' ? 'next' : null;
    return {
      start,
      end,
      priority: 1,
      source: 'season',
      build(ctx) {
        const r = resolveSeason(ctx.published, code, g.year ? Number(g.year) : null, modifier, ctx.direction(start, end));
        return { ...r, rule: r.rule + modRule(g.mod) };
      },
    };
  });
}

const UNIT_OF: Record<string, CalendarUnit> = { day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade' };

/** "this week", "earlier this week", "last month", "next year", "the end of this year", "the coming week". */
function relativeUnits(body: string): Candidate[] {
  const { PERIOD_PREFIX } = patterns();
  const re = memoRegex('relative-unit', () => new RegExp(
    `\\b(?:${PERIOD_PREFIX})?(?:(?<rel>${capAlternation(['earlier', 'later'])})\\s+)?(?<det>${capAlternation(['this', 'last', 'next', 'the coming', 'this coming', 'this past', 'the current', 'the'])})\\s+(?:(?:fiscal|financial|calendar)\\s+)?(?<unit>week|weekend|month|year|quarter|decade)\\b`,
    'yd',
  ));
  return scanAround(body, memoRegex('relative-unit-head', () => /\b(?:week|weekend|month|year|quarter|decade)\b/g), re, 6, (m) => {
    const g = m.groups!;
    const det = g.det!.toLowerCase().replace(/\s+/g, ' ');
    // "the last week", "the last year": a duration, handled with the past periods.
    if (det === 'last' && wordBefore(body, m.index) === 'the') return null;
    // "the year" alone is anaphoric or generic; "the end of the year" is the current one.
    if (det === 'the' && !g.mod) return null;
    const offset = det === 'last' || det === 'this past' ? -1 : det === 'next' || det === 'the coming' || det === 'this coming' ? 1 : 0;
    const unit = UNIT_OF[g.unit!]!;
    const start = m.index;
    const end = start + m[0].length;
    const rule = `relative:${det.replace(/ /g, '-')}-${g.unit}${g.rel ? `+${g.rel.toLowerCase()}` : ''}${modRule(g.mod)}`;
    return { start, end, priority: 1, source: 'relative', build: (ctx) => resolveRelativeUnit(ctx.published, unit, offset, rule) };
  });
}

/** "the weekend", "over the weekend": past unless the clause points forward. */
function weekends(body: string): Candidate[] {
  return scan(body, /\b(?:[Oo]ver\s+)?(?:[Tt]he)\s+weekend\b/dg, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    return { start, end, priority: 1, source: 'weekend', build: (ctx) => resolveWeekend(ctx.published, ctx.direction(start, end)) };
  });
}

const DEICTIC_DAYS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 };

/** today, tonight, yesterday morning, tomorrow, this evening, last night. */
function deicticDays(body: string): Candidate[] {
  const { PART_OF_DAY } = patterns();
  const { partsOfDay } = temporalLexicon();
  const re = memoRegex('deictic-day', () => new RegExp(
    `\\b(?:(?:(?<dmod>${capAlternation(['early', 'late'])})\\s+)?(?<day>${capAlternation(['the day before yesterday', 'the day after tomorrow', 'today', 'tonight', 'yesterday', 'tomorrow'])})(?:\\s+(?<part>${PART_OF_DAY})\\b)?|(?<this>${capAlternation(['this', 'last'])})\\s+(?<part2>${PART_OF_DAY})\\b)`,
    'yd',
  ));
  return scanAround(body, memoRegex('deictic-day-head', () => /\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|morning|afternoon|evening|night)\b/g), re, 4, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    let offset: number;
    let part: string | undefined;
    if (g.day) {
      const day = g.day.toLowerCase().replace(/\s+/g, ' ');
      offset = DEICTIC_DAYS[day]!;
      part = day === 'tonight' ? 'NI' : g.part ? partsOfDay.get(g.part.toLowerCase()) : undefined;
    } else {
      const isLast = g.this!.toLowerCase() === 'last';
      // "last night" is the night before; "last morning" is not said.
      if (isLast && g.part2 !== 'night') return null;
      offset = isLast ? -1 : 0;
      part = partsOfDay.get(g.part2!.toLowerCase());
    }
    const rule = `deictic:${m[0].toLowerCase().replace(/^(?:early|late)\s+/, '').replace(/\s+/g, '-')}${g.dmod ? `+mod:${g.dmod.toLowerCase()}` : ''}`;
    return {
      start,
      end,
      priority: 2,
      source: 'deictic',
      build(ctx) {
        const r = resolveRelativeUnit(ctx.published, 'day', offset, rule);
        return part ? withPartOfDay(r, part as 'NI', rule) : r;
      },
    };
  });
}

const QUARTER_NUMBERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

/** "the third quarter", "third-quarter results", "the first quarter of 2009", "Q3 2024", "the last quarter". */
function quarters(body: string): Candidate[] {
  const re = memoRegex('quarter', () =>
    /(?:(?:[Tt]he\s+)?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter|\bQ(?<q>[1-4]))\b(?:,?\s+(?:of\s+)?(?:(?<year>(?:19|20)\d\d)\b|(?:(?<rel>this|last|next)\s+year)\b))?/yd,
  );
  return scanAround(body, memoRegex('quarter-head', () => /quarter\b|\bQ[1-4]\b/g), re, 3, (m) => {
    const g = m.groups!;
    if (g.q && !g.year) return null; // "Q3" alone is too often a label
    const start = m.index;
    const end = start + m[0].length;
    const ord = g.ord?.toLowerCase();
    return {
      start,
      end,
      priority: 3, // beats the past-period reading of "the last quarter"
      source: 'quarter',
      build(ctx) {
        if (ord === 'last' && !g.year && !g.rel) return resolveRelativeUnit(ctx.published, 'quarter', -1, 'quarter:last-completed');
        const n = g.q ? Number(g.q) : ord === 'last' ? 4 : QUARTER_NUMBERS[ord!]!;
        const year = g.year ? Number(g.year) : g.rel ? Number(ctx.published.slice(0, 4)) + (g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0) : null;
        const r = resolveQuarter(ctx.published, n, year, ctx.direction(start, end));
        return g.rel ? { ...r, rule: `quarter:${g.rel}-year` } : r;
      },
    };
  });
}

/** "the first half of 2024", "the second half of this year" → 2024-H1 / H2. */
function halves(body: string): Candidate[] {
  const re = memoRegex('half', () => /(?:[Tt]he\s+)?(?<ord>first|second)[\s-]+half(?:\s+of\s+(?:(?<year>(?:19|20)\d\d)\b|(?<rel>this|last|next)\s+year\b))/yd);
  return scanAround(body, memoRegex('half-head', () => /\bhalf\b/g), re, 2, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const half = g.ord === 'first' ? 'H1' : 'H2';
    return {
      start,
      end,
      priority: 2,
      source: 'half',
      build(ctx) {
        const year = g.year ? Number(g.year) : Number(ctx.published.slice(0, 4)) + (g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0);
        return { type: 'DATE', value: `${year}-${half}`, anchor: ctx.published, precision: 'quarter', rangeStart: null, rangeEnd: null, rule: g.year ? 'half-year:explicit' : `half-year:${g.rel}-year` };
      },
    };
  });
}

const CENTURY_ORDINALS: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };

/** "the 20th century", "the twenty-first century" → "19", "20". */
function centuries(body: string): Candidate[] {
  const re = memoRegex('century', () => /(?:[Tt]he\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?:(?<n>1[5-9]|2[01])(?:st|nd|rd|th)|(?<word>eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]+century\b/yd);
  return scanAround(body, memoRegex('century-head', () => /\bcentury\b/g), re, 4, (m) => {
    const g = m.groups!;
    const ordinal = g.n ? Number(g.n) : CENTURY_ORDINALS[g.word!.toLowerCase().replace(/[\s-]+/, '-')];
    if (!ordinal) return null;
    const start = m.index;
    const end = start + m[0].length;
    return { start, end, priority: 1, source: 'century', build: (ctx) => { const r = resolveCentury(ctx.published, ordinal); return { ...r, rule: r.rule + modRule(g.mod) }; } };
  });
}

/** "the year-earlier quarter", "year-ago levels": the year before publication, as an adjective. */
function yearEarlier(body: string): Candidate[] {
  return scan(body, /\b[Yy]ear[-\s](?:earlier|ago)\b(?!\s*[,.;:]|\s+(?:and|but|when|that|the|a|an|this|in|on)\b)/dg, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (wordBefore(body, start) === 'a') return null; // "a year ago" is read by the ago rule
    return { start, end, priority: 1, source: 'year-earlier', build: (ctx) => resolveRelativeUnit(ctx.published, 'year', -1, 'relative:year-earlier-adjective') };
  });
}

export function calendarCandidates(doc: ArticleDoc): Candidate[] {
  const body = doc.body;
  return [...yearEarlier(body), ...centuries(body), ...quarters(body), ...halves(body), ...weekdays(body), ...months(body, doc), ...years(body, doc), ...decades(body), ...seasons(body), ...relativeUnits(body), ...weekends(body), ...deicticDays(body)];
}
