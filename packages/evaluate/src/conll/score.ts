/**
 * Scores a built dataset against CoNLL-2003 the way conlleval does: an entity counts only when its span and its
 * type both match exactly (PER, ORG, LOC; MISC is not scored, and our demonym mentions, which CoNLL tags MISC,
 * are not predictions). Two conventions differ and are bridged before matching, never by loosening the match:
 * a possessive marker that our mentions include ("Smith's") is cut, and so is a leading honorific
 * ("Mr Smith": CoNLL tags only "Smith").
 */
import type { Span } from '@dossier/core';
import type { TableSet } from '@dossier/validate';
import { microAverage, type Counts, type Prf } from '../prf.js';
import type { ConllArticle } from './article.js';
import { chunksOf, type ConllStory } from './parse.js';

export type ScoredType = 'PER' | 'ORG' | 'LOC';
const TYPE_OF_DOSSIER: Record<string, ScoredType> = {
  person: 'PER',
  organization: 'ORG',
  country: 'LOC',
  place: 'LOC',
};
const SCORED: ScoredType[] = ['PER', 'ORG', 'LOC'];
// Headlines in capitals write the possessive in capitals too ("AVERY'S").
const POSSESSIVE = /(?:'s|’s|'|’)$/i;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.? /;

export interface ConllReport {
  format: 'dossier-conll/1';
  documents: number;
  entities: Record<ScoredType, Prf> & { all: Prf };
  per_document: Array<{ article_id: string; missed: string[]; spurious: string[] }>;
}

interface Item extends Span {
  type: ScoredType;
  text: string;
}

/** A predicted mention with the possessive marker and honorific cut, in code points. */
function bridged(start: number, text: string): { start: number; end: number; text: string } {
  let t = text;
  let s = start;
  const h = HONORIFIC.exec(t);
  if (h && t.length > h[0].length) {
    s += Array.from(h[0]).length;
    t = t.slice(h[0].length);
  }
  const p = POSSESSIVE.exec(t);
  if (p && t.length > p[0].length) t = t.slice(0, -p[0].length);
  return { start: s, end: s + Array.from(t).length, text: t };
}

export function scoreConll(
  tables: TableSet,
  docs: ReadonlyArray<{ story: ConllStory; article: ConllArticle }>,
): ConllReport {
  const entityType = new Map((tables.entities ?? []).map((e) => [e.entity_id as string, e.type as string]));
  const mentionsByArticle = new Map<string, Array<Record<string, unknown>>>();
  for (const m of tables.mentions ?? []) {
    const list = mentionsByArticle.get(m.article_id as string);
    if (list) list.push(m);
    else mentionsByArticle.set(m.article_id as string, [m]);
  }
  const counts: Record<ScoredType, Counts[]> = { PER: [], ORG: [], LOC: [] };
  const perDocument: ConllReport['per_document'] = [];
  for (const { story, article } of docs) {
    const cps = Array.from(article.body);
    const gold: Item[] = [];
    for (const c of chunksOf(story)) {
      if (c.type === 'MISC') continue;
      const spans = article.tokenSpans[c.sentence]!;
      const start = spans[c.from]!.start;
      const end = spans[c.to - 1]!.end;
      gold.push({ start, end, type: c.type, text: cps.slice(start, end).join('') });
    }
    const pred: Item[] = [];
    for (const m of mentionsByArticle.get(article.articleId) ?? []) {
      const type = TYPE_OF_DOSSIER[entityType.get(m.entity_id as string) ?? ''];
      if (!type || m.kind === 'demonym') continue;
      pred.push({ ...bridged(m.start as number, m.text as string), type });
    }
    const key = (x: Item) => `${x.type}:${x.start}:${x.end}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    const missed: string[] = [];
    const spurious: string[] = [];
    for (const type of SCORED) {
      const g = gold.filter((x) => x.type === type);
      const p = pred.filter((x) => x.type === type);
      const tp = g.filter((x) => predKeys.has(key(x))).length;
      counts[type].push({ tp, fp: p.length - tp, fn: g.length - tp });
      missed.push(...g.filter((x) => !predKeys.has(key(x))).map((x) => `${type} "${x.text}"`));
      spurious.push(...p.filter((x) => !goldKeys.has(key(x))).map((x) => `${type} "${x.text}"`));
    }
    perDocument.push({ article_id: article.articleId, missed, spurious });
  }
  return {
    format: 'dossier-conll/1',
    documents: docs.length,
    entities: {
      PER: microAverage(counts.PER),
      ORG: microAverage(counts.ORG),
      LOC: microAverage(counts.LOC),
      all: microAverage([...counts.PER, ...counts.ORG, ...counts.LOC]),
    },
    per_document: perDocument,
  };
}

export function renderConll(report: ConllReport, title: string): string {
  const row = (name: string, p: Prf) =>
    `${name.padEnd(26)}${p.precision.toFixed(3).padStart(7)}${p.recall.toFixed(3).padStart(7)}${p.f1.toFixed(3).padStart(7)}   ${p.tp}/${p.fp}/${p.fn}`;
  return [
    `${title}: ${report.documents} stories; exact span and type, micro averages (conlleval)`,
    '',
    `${'type'.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   tp/fp/fn`,
    row('PER', report.entities.PER),
    row('ORG', report.entities.ORG),
    row('LOC', report.entities.LOC),
    row('PER+ORG+LOC', report.entities.all),
    '',
  ].join('\n');
}
