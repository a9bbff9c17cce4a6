/**
 * Scores a built dataset's quotes against PolNeAR attributions, direct quotes only.
 *
 * - Gold direct quote: an attribution whose `Content` holds a double quotation mark (“ ” or "); single marks
 *   are left out because they double as apostrophes. Its spans are the Content fragments.
 * - Quote spans: a predicted quote row matches a gold direct quote when it overlaps one of its fragments (our
 *   rows are the text between the marks, PolNeAR's Content runs over the whole reported clause, so exact
 *   offsets cannot agree). Precision counts the rows with a speaker (an attribution: the rows a reader asks
 *   "who said it" of); a row inside an indirect (unmarked) Content is neither right nor wrong, since only
 *   direct quotes are scored. Recall counts gold direct quotes overlapped by any row.
 * - Named speaker: only where the gold `Source` is a name: its first phrase (before a comma, a parenthesis or a
 *   relative pronoun) ends in a capitalised word that is not a pronoun or a possessor ("Sen. Ann Lee",
 *   "The Post"; not "Lee's spokeswoman", "Republican officials", "he"). The predicted speaker is right when
 *   a mention of its entity overlaps the Source span, or when the Source's head word (the last word of that
 *   phrase) is a word of the entity's name or aliases. No entity is wrong.
 * - Described sources ("a senior official", "two people familiar with …", "some officials": an indefinite
 *   opening, or a bare plural): right when the row keeps the attribution as text with no entity (speaker_id
 *   null, speaker_text set). Definite descriptions ("the mayor") may rightly resolve to a named person and
 *   pronoun sources need coreference to judge: neither is scored.
 */
import type { Span } from '@dossier/core';
import type { Row, TableSet } from '@dossier/validate';
import { overlapLength } from '../locate.js';
import { accuracy, prf, type Accuracy, type Prf } from '../prf.js';
import type { PolnearDoc } from './load.js';

export interface PolnearReport {
  format: 'dossier-polnear/1';
  split: string;
  documents: number;
  quote_spans: Prf;
  /** Same, counting every quote row (scare quotes and unattributed rows included) in precision. */
  quote_spans_all_rows: Prf;
  named_speaker: Accuracy;
  described_source: Accuracy;
  /** Each wrong speaker, for reading: article, quote start, gold source, predicted speaker. */
  wrong_speakers: string[];
  missed: string[];
  spurious: string[];
}

const DOUBLE_MARK = /[“”"]/;
const NOT_NAMES = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'who',
  // Indefinite pronouns name nobody, even capitalised at the start of a sentence ("Someone said").
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'nobody',
  'others',
]);

/** Words that open a described, unnamed source ("a senior official", "two people familiar with …"). */
const INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'other',
  'another',
  'most',
  'few',
  'multiple',
  'numerous',
]);

/** Words that open a definite description ("the mayor", "his aides"): it may name someone, so it is not scored. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

interface GoldQuote {
  content: Span[];
  source: Span[] | null;
  sourceText: string;
  kind: 'named' | 'described' | 'other';
  head: string | null;
}

/** The first phrase of a Source: up to a comma, a parenthesis, a dash or a relative pronoun. */
function firstPhrase(source: string): string {
  return source.split(/\s*(?:,|\(|\s[—–-]\s|\bwho\b|\bwhich\b)/)[0]!.trim();
}

export function sourceKind(source: string): { kind: GoldQuote['kind']; head: string | null } {
  const words = firstPhrase(source).match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
  const last = words[words.length - 1];
  if (!last) return { kind: 'other', head: null };
  if (
    words.some(
      (w) =>
        NOT_NAMES.has(w.toLowerCase()) &&
        !['the', 'a', 'an', 'this', 'that', 'these', 'those'].includes(w.toLowerCase()),
    )
  )
    return { kind: 'other', head: null };
  if (/['’]s?$/.test(last)) return { kind: 'other', head: null };
  // An indefinite opening describes someone even when its last word is capitalised ("a New Hampshire
  // Republican", "Several"): a name does not take "a" or a quantifier.
  const first = words[0]!.toLowerCase();
  if (INDEFINITE.has(first)) return { kind: 'described', head: last };
  if (/^\p{Lu}/u.test(last) && !NOT_NAMES.has(last.toLowerCase()))
    return { kind: 'named', head: last.replace(/\.$/, '') };
  // A definite description ("the mayor") may rightly resolve to the person it names: not scored either way.
  const barePlural = words.length > 1 && /^\p{Ll}/u.test(words[0]!) && !DEFINITE.has(first) && /s$/.test(last);
  if (/^\d/.test(first) || barePlural) return { kind: 'described', head: last };
  return { kind: 'other', head: null };
}

function goldQuotes(doc: PolnearDoc): { direct: GoldQuote[]; indirect: Span[][] } {
  const points = Array.from(doc.text);
  const cut = (spans: Span[]) => spans.map((s) => points.slice(s.start, s.end).join('')).join(' … ');
  const toBody = (spans: Span[]): Span[] =>
    spans.flatMap((s) => {
      const start = doc.article.toBody(s.start);
      const end = doc.article.toBody(s.end);
      return start !== null && end !== null && end > start ? [{ start, end }] : [];
    });
  const direct: GoldQuote[] = [];
  const indirect: Span[][] = [];
  for (const a of doc.attributions) {
    const content = toBody(a.content);
    if (content.length === 0) continue;
    if (!DOUBLE_MARK.test(cut(a.content))) {
      indirect.push(content);
      continue;
    }
    const sourceText = a.source ? cut(a.source) : '';
    const { kind, head } = a.source ? sourceKind(sourceText) : { kind: 'other' as const, head: null };
    direct.push({ content, source: a.source ? toBody(a.source) : null, sourceText, kind, head });
  }
  return { direct, indirect };
}

const overlaps = (row: Span, spans: readonly Span[]) => spans.some((s) => overlapLength(row, s) > 0);

export function scorePolnear(tables: TableSet, docs: readonly PolnearDoc[], split: string): PolnearReport {
  const byArticle = (table: string) => {
    const map = new Map<string, Row[]>();
    for (const r of tables[table] ?? [])
      map.set(r.article_id as string, [...(map.get(r.article_id as string) ?? []), r]);
    return map;
  };
  const quotes = byArticle('quotes');
  const mentions = byArticle('mentions');
  const names = new Map<string, string[]>();
  for (const e of tables.entities ?? []) {
    const all = [e.name as string, ...String(e.aliases ?? '').split('|')].join(' ').toLowerCase();
    names.set(e.entity_id as string, all.match(/[\p{L}\p{N}]+/gu) ?? []);
  }
  const counts = { tp: 0, fp: 0, fn: 0, tpAll: 0, fpAll: 0 };
  let namedRight = 0;
  let namedTotal = 0;
  let describedRight = 0;
  let describedTotal = 0;
  const report: PolnearReport = {
    format: 'dossier-polnear/1',
    split,
    documents: docs.length,
    quote_spans: prf({ tp: 0, fp: 0, fn: 0 }),
    quote_spans_all_rows: prf({ tp: 0, fp: 0, fn: 0 }),
    named_speaker: accuracy(0, 0),
    described_source: accuracy(0, 0),
    wrong_speakers: [],
    missed: [],
    spurious: [],
  };

  for (const doc of docs) {
    const id = doc.article.articleId;
    const { direct, indirect } = goldQuotes(doc);
    const rows = (quotes.get(id) ?? []).map((r) => ({
      row: r,
      span: { start: r.start as number, end: r.end as number },
    }));
    const label = (s: Span) =>
      `${id}@${s.start}: ${Array.from(doc.article.body)
        .slice(s.start, Math.min(s.end, s.start + 60))
        .join('')}`;
    for (const { row, span } of rows) {
      const inDirect = direct.some((g) => overlaps(span, g.content));
      if (!inDirect && indirect.some((c) => overlaps(span, c))) continue;
      const attributed = row.speaker_text !== null;
      if (inDirect) {
        counts.tpAll++;
        if (attributed) counts.tp++;
      } else {
        counts.fpAll++;
        if (attributed) {
          counts.fp++;
          report.spurious.push(label(span));
        }
      }
    }
    for (const g of direct) {
      const matching = rows.filter((r) => overlaps(r.span, g.content));
      if (matching.length === 0) {
        counts.fn++;
        report.missed.push(label(g.content[0]!));
        continue;
      }
      const best = matching.reduce((a, b) => (overlapSum(b.span, g.content) > overlapSum(a.span, g.content) ? b : a));
      const speaker = best.row.speaker_id as string | null;
      if (g.kind === 'named' && g.source) {
        namedTotal++;
        const mentionHit =
          speaker !== null &&
          (mentions.get(id) ?? []).some(
            (m) => m.entity_id === speaker && overlaps({ start: m.start as number, end: m.end as number }, g.source!),
          );
        const nameHit =
          speaker !== null && g.head !== null && (names.get(speaker) ?? []).includes(g.head.toLowerCase());
        if (mentionHit || nameHit) namedRight++;
        else
          report.wrong_speakers.push(
            `${label(best.span)} | gold: ${g.sourceText} | ours: ${best.row.speaker_text ?? '∅'} (${speaker ?? 'no entity'}, ${best.row.speaker_rule ?? '-'})`,
          );
      } else if (g.kind === 'described') {
        describedTotal++;
        if (speaker === null && best.row.speaker_text !== null) describedRight++;
        else
          report.wrong_speakers.push(
            `${label(best.span)} | gold (described): ${g.sourceText} | ours: ${best.row.speaker_text ?? '∅'} (${speaker ?? 'no entity'}, ${best.row.speaker_rule ?? '-'})`,
          );
      }
    }
  }
  // Recall on gold items; precision on attributed rows.
  report.quote_spans = spanPrf(counts.tp, counts.fp, counts.fn, direct(docs));
  report.quote_spans_all_rows = spanPrf(counts.tpAll, counts.fpAll, counts.fn, direct(docs));
  report.named_speaker = accuracy(namedRight, namedTotal);
  report.described_source = accuracy(describedRight, describedTotal);
  return report;
}

function direct(docs: readonly PolnearDoc[]): number {
  return docs.reduce((n, d) => n + goldQuotes(d).direct.length, 0);
}

/** Precision over rows (tp of fp), recall over gold quotes (found of gold). */
function spanPrf(rowsRight: number, rowsWrong: number, goldMissed: number, gold: number): Prf {
  const p = rowsRight + rowsWrong === 0 ? 0 : rowsRight / (rowsRight + rowsWrong);
  const r = gold === 0 ? 0 : (gold - goldMissed) / gold;
  const rounded = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    tp: rowsRight,
    fp: rowsWrong,
    fn: goldMissed,
    precision: rounded(p),
    recall: rounded(r),
    f1: rounded(p + r === 0 ? 0 : (2 * p * r) / (p + r)),
  };
}

function overlapSum(span: Span, spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + overlapLength(span, s), 0);
}

const pct = (x: number | null) => (x === null ? '–' : (100 * x).toFixed(1));

export function renderPolnear(report: PolnearReport, title: string, quiet = false): string {
  const q = report.quote_spans;
  const a = report.quote_spans_all_rows;
  const lines = [
    `${title}: ${report.documents} articles, direct quotes only`,
    `  quote spans (attributed rows)  P ${pct(q.precision)}  R ${pct(q.recall)}  F1 ${pct(q.f1)}`,
    `  quote spans (all rows)         P ${pct(a.precision)}  R ${pct(a.recall)}  F1 ${pct(a.f1)}`,
    `  named speaker accuracy         ${pct(report.named_speaker.accuracy)}  (${report.named_speaker.correct}/${report.named_speaker.total})`,
    `  described source kept unnamed  ${pct(report.described_source.accuracy)}  (${report.described_source.correct}/${report.described_source.total})`,
  ];
  if (!quiet) {
    for (const w of report.wrong_speakers.slice(0, 40)) lines.push(`  wrong speaker: ${w}`);
    if (report.wrong_speakers.length > 40)
      lines.push(`  … ${report.wrong_speakers.length - 40} more wrong speakers (--json for all)`);
  }
  return `${lines.join('\n')}\n`;
}
