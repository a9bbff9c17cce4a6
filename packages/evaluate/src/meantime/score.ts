/**
 * Scores a built dataset against MEANTIME annotations: named entity mentions (NAM and PRE.NAM mentions of
 * PER, ORG and LOC entities) and TIMEX3 expressions (the document creation time excluded). The conventions
 * differ from ours in places (MEANTIME also marks products and financial entities, and writes some values
 * as XXXX-XX-XX), so these numbers are an independent, conservative measure, not a contract. Only the
 * annotated part of each document (ANNOTATED_SENTENCES) is scored; the pipeline still reads the whole text.
 */
import type { Span } from '@dossier/core';
import type { TableSet } from '@dossier/validate';
import { overlapLength } from '../locate.js';
import { matchOneToOne } from '../match.js';
import { accuracy, microAverage, type Accuracy, type Counts, type Prf } from '../prf.js';
import { spanOfTokens, type MeantimeArticle } from './article.js';
import type { MeantimeDoc } from './parse.js';

export type EntityClass = 'person' | 'organization' | 'location';
const CLASS_OF_MEANTIME: Record<string, EntityClass> = { PER: 'person', ORG: 'organization', LOC: 'location' };
const CLASS_OF_DOSSIER: Record<string, EntityClass> = {
  person: 'person',
  organization: 'organization',
  country: 'location',
  place: 'location',
};
const NAMED = new Set(['NAM', 'PRE.NAM']);

export interface MeantimeReport {
  format: 'dossier-meantime/1';
  documents: number;
  /** Typed: the span overlaps and the class agrees. */
  entities: Record<EntityClass, Prf> & { all: Prf };
  /** Span overlap only, ignoring the class: how well names are found at all. */
  entity_spans: Prf;
  timexes: Prf;
  timex_value: Accuracy;
  timex_type: Accuracy;
  /** Per document, the items that differ, for reading. */
  per_document: Array<{ article_id: string; missed: string[]; spurious: string[]; wrong_values: string[] }>;
}

interface Item extends Span {
  cls: EntityClass;
  text: string;
}

export function scoreMeantime(
  tables: TableSet,
  docs: Array<{ doc: MeantimeDoc; article: MeantimeArticle }>,
): MeantimeReport {
  const entityType = new Map((tables.entities ?? []).map((e) => [e.entity_id as string, e.type as string]));
  const rowsOf = (table: string, id: string) => (tables[table] ?? []).filter((r) => r.article_id === id);
  const typed: Record<EntityClass, Counts[]> = { person: [], organization: [], location: [] };
  const spans: Counts[] = [];
  const timexCounts: Counts[] = [];
  let valueRight = 0;
  let typeRight = 0;
  let matchedTimexes = 0;
  const perDocument: MeantimeReport['per_document'] = [];

  for (const { doc, article } of docs) {
    const cps = Array.from(article.body);
    const cut = (s: Span) => cps.slice(s.start, s.end).join('');
    const gold: Item[] = [];
    for (const m of doc.mentions) {
      const cls = m.entityType ? CLASS_OF_MEANTIME[m.entityType] : undefined;
      const span = spanOfTokens(article, m.tokenIds);
      if (!cls || !span || !NAMED.has(m.syntacticType)) continue;
      gold.push({ ...span, cls, text: cut(span) });
    }
    const pred: Item[] = [];
    const annotated = (r: Record<string, unknown>) => (r.end as number) <= article.annotatedEnd;
    for (const r of rowsOf('mentions', article.articleId).filter(annotated)) {
      const cls = CLASS_OF_DOSSIER[entityType.get(r.entity_id as string) ?? ''];
      if (cls) pred.push({ start: r.start as number, end: r.end as number, cls, text: r.text as string });
    }
    const overlap = (g: Span, p: Span) => overlapLength(g, p);
    const missed: string[] = [];
    const spurious: string[] = [];
    for (const cls of Object.keys(typed) as EntityClass[]) {
      const m = matchOneToOne(
        gold.filter((g) => g.cls === cls),
        pred.filter((p) => p.cls === cls),
        overlap,
      );
      typed[cls].push({ tp: m.pairs.length, fp: m.spurious.length, fn: m.missed.length });
      missed.push(...m.missed.map((g) => `${cls} "${g.text}"`));
      spurious.push(...m.spurious.map((p) => `${cls} "${p.text}"`));
    }
    const any = matchOneToOne(gold, pred, overlap);
    spans.push({ tp: any.pairs.length, fp: any.spurious.length, fn: any.missed.length });

    const goldTimexes = doc.timexes
      .filter((t) => !t.creationTime && t.tokenIds.length > 0)
      .flatMap((t) => {
        const span = spanOfTokens(article, t.tokenIds);
        return span ? [{ ...span, type: t.type, value: t.value, text: cut(span) }] : [];
      });
    const predTimexes = rowsOf('temporal_expressions', article.articleId)
      .filter(annotated)
      .map((r) => ({
        start: r.start as number,
        end: r.end as number,
        type: r.type as string,
        value: r.value as string,
        text: r.text as string,
      }));
    const tm = matchOneToOne(goldTimexes, predTimexes, overlap);
    timexCounts.push({ tp: tm.pairs.length, fp: tm.spurious.length, fn: tm.missed.length });
    matchedTimexes += tm.pairs.length;
    const wrongValues: string[] = [];
    for (const { gold: g, pred: p } of tm.pairs) {
      if (g.type === p.type) typeRight++;
      if (g.value === p.value) valueRight++;
      else wrongValues.push(`"${g.text}": expected ${g.value}, found ${p.value}`);
    }
    missed.push(...tm.missed.map((g) => `timex "${g.text}" = ${g.value}`));
    spurious.push(...tm.spurious.map((p) => `timex "${p.text}" = ${p.value}`));
    perDocument.push({ article_id: article.articleId, missed, spurious, wrong_values: wrongValues });
  }

  const entities = {
    person: microAverage(typed.person),
    organization: microAverage(typed.organization),
    location: microAverage(typed.location),
    all: microAverage([...typed.person, ...typed.organization, ...typed.location]),
  };
  return {
    format: 'dossier-meantime/1',
    documents: docs.length,
    entities,
    entity_spans: microAverage(spans),
    timexes: microAverage(timexCounts),
    timex_value: accuracy(valueRight, matchedTimexes),
    timex_type: accuracy(typeRight, matchedTimexes),
    per_document: perDocument,
  };
}

export function renderMeantime(report: MeantimeReport, title: string): string {
  const row = (name: string, p: Prf) =>
    `${name.padEnd(26)}${p.precision.toFixed(3).padStart(7)}${p.recall.toFixed(3).padStart(7)}${p.f1.toFixed(3).padStart(7)}   ${p.tp}/${p.fp}/${p.fn}`;
  const acc = (a: Accuracy) => `${a.correct}/${a.total} = ${a.accuracy === null ? '–' : a.accuracy.toFixed(3)}`;
  return [
    `${title}: ${report.documents} document(s); micro averages`,
    '',
    `${'metric'.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   tp/fp/fn`,
    row('person mentions', report.entities.person),
    row('organization mentions', report.entities.organization),
    row('location mentions', report.entities.location),
    row('all typed mentions', report.entities.all),
    row('mention spans (any type)', report.entity_spans),
    row('timexes', report.timexes),
    '',
    `timex accuracy on matched spans: value ${acc(report.timex_value)}; type ${acc(report.timex_type)}`,
    '',
  ].join('\n');
}
