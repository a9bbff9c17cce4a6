/**
 * The out-of-sample figures: scores on public benchmarks and development sets outside data/gold, kept in a
 * committed file (data/benchmarks.json) because a clone has no ../shared to recompute them. `pnpm eval
 * --write-benchmarks` measures what it finds and rewrites the file; the build ships it inside quality.json and
 * quality.md, and the docs quality page leads with it. Pure: the caller reads and writes files.
 *
 * Adding a benchmark is one entry in BENCHMARKS (what it is, its licence, the metrics and their targets) and
 * one `measured` value handed to `benchmarksFile` by whatever scores it.
 */
import type { ConllReport } from './conll/score.js';
import type { MeantimeReport } from './meantime/score.js';
import type { NewsHtmlReport } from './news-html/score.js';
import { round } from './prf.js';
import type { PolnearReport } from './polnear/score.js';
import type { QualityReport } from './report.js';
import type { TempevalReport } from './tempeval/score.js';

export const BENCHMARKS_FORMAT = 'dossier-benchmarks/1';

/** A score: P/R/F1 for span and entity metrics, or a single value (an accuracy, a share of pages). */
export interface Score {
  precision?: number;
  recall?: number;
  f1?: number;
  value?: number;
}

export interface Target {
  /** Which number of the score the target applies to. */
  of: 'f1' | 'recall' | 'precision' | 'value';
  min: number;
  /** Where the target was set. */
  source: string;
}

export interface MetricSpec {
  metric: string;
  label: string;
  target?: Target;
}

export interface BenchmarkSpec {
  id: string;
  name: string;
  /** Where it comes from, what part of it is used. */
  source: string;
  licence: string;
  /** Always said: these sets were looked at while the pipeline was developed, so they are not held-out tests. */
  development_note: string;
  metrics: MetricSpec[];
  /** The metric shown first, as this benchmark's headline. */
  headline: string;
}

export interface Measured {
  documents: number;
  scores: Record<string, Score>;
}

export interface BenchmarkEntry extends BenchmarkSpec {
  /** Null until `pnpm eval --write-benchmarks` has measured it. */
  measured: (Measured & { dataset_version: string }) | null;
}

export interface BenchmarksFile {
  format: typeof BENCHMARKS_FORMAT;
  description: string;
  in_sample: { gold: string; label: string };
  benchmarks: BenchmarkEntry[];
}

const DEV =
  'Used in development: the pipeline was tuned while looking at this set, so it is a development set, not a held-out test; expect lower scores on unseen text.';
const ISSUE_TARGET = "the project's quality targets (issue tracker)";
const f1Target = (min: number): Target => ({ of: 'f1', min, source: ISSUE_TARGET });

const goldMetrics: MetricSpec[] = [
  { metric: 'persons', label: 'persons', target: f1Target(0.95) },
  { metric: 'organizations', label: 'organizations' },
  { metric: 'roles', label: 'roles (person, title, affiliation)', target: f1Target(0.9) },
  { metric: 'timex_values', label: 'dates and times, value right' },
  { metric: 'quote_speakers', label: 'quotes with the right speaker', target: f1Target(0.9) },
  { metric: 'quantity_values', label: 'quantities, value right' },
  { metric: 'event_types', label: 'events, type right (recall is the figure: the gold lists main events only)' },
];

export const BENCHMARKS: readonly BenchmarkSpec[] = [
  {
    id: 'meantime',
    name: 'MEANTIME (NewsReader), English',
    source: '120 English Wikinews articles with entity mentions and TIMEX3 values; Minard et al., LREC 2016',
    licence: 'CC BY 4.0 (© 2015 FBK, VU Amsterdam, UPV/EHU)',
    development_note: DEV,
    metrics: [
      { metric: 'all_mentions', label: 'named mentions, typed (person, organization, location)' },
      { metric: 'person', label: 'person mentions' },
      { metric: 'organization', label: 'organization mentions' },
      { metric: 'location', label: 'location mentions' },
      { metric: 'timexes', label: 'temporal expressions, span' },
      { metric: 'timex_value', label: 'temporal expression value on matched spans (accuracy)' },
    ],
    headline: 'all_mentions',
  },
  {
    id: 'conll2003-dev',
    name: 'CoNLL-2003 English, development set (testa)',
    source: '216 Reuters stories (1996) with PER, ORG, LOC, MISC tags; Tjong Kim Sang & De Meulder, 2003',
    licence: 'Reuters Corpus: research use only',
    development_note: DEV,
    metrics: [
      { metric: 'PER', label: 'persons', target: f1Target(0.9) },
      { metric: 'ORG', label: 'organizations', target: f1Target(0.6) },
      { metric: 'LOC', label: 'locations', target: f1Target(0.8) },
    ],
    headline: 'PER',
  },
  {
    id: 'tempeval3',
    name: 'TempEval-3 training data (TimeBank 1.2 + AQUAINT, TBAQ-cleaned)',
    source:
      '256 news documents in TimeML, scored as TempEval-3 did; UzZaman et al., SemEval-2013 Task 1. The platinum test set is not used.',
    licence: 'distributed for the TempEval-3 shared task (research use)',
    development_note: DEV,
    metrics: [
      { metric: 'value', label: "timex value F1 (the task's headline)", target: f1Target(0.82) },
      { metric: 'relaxed', label: 'timex spans, relaxed (overlap)' },
      { metric: 'strict', label: 'timex spans, strict (same characters)' },
      { metric: 'type', label: 'timex type' },
    ],
    headline: 'value',
  },
  {
    id: 'polnear-dev',
    name: 'PolNeAR v1.0, development split',
    source:
      'political news articles (2015–2016) from 7 US outlets with attributions (source, cue, content); Newell, Margolin, Ruths, LREC 2018',
    licence: 'none stated: research use only',
    development_note: DEV,
    metrics: [
      { metric: 'quotes', label: 'direct quotes, span (attributed rows)', target: f1Target(0.95) },
      {
        metric: 'named_speaker',
        label: 'named speaker accuracy (gold source is a name)',
        target: { of: 'value', min: 0.9, source: ISSUE_TARGET },
      },
    ],
    headline: 'named_speaker',
  },
  {
    id: 'news-gold-dev',
    name: 'news-gold-dev: six news articles on other topics, hand-written gold',
    source:
      'six English articles from six outlets (election, jobs report, UK politics, state budget, missile strike, tennis), gold written to the annotation guidelines',
    licence: "the publishers' copyright: measurement only, not redistributed",
    development_note: DEV,
    metrics: goldMetrics,
    headline: 'quote_speakers',
  },
  {
    id: 'dev-corpus',
    name: 'development corpus: nine diplomacy news articles, hand-written gold',
    source:
      "nine English articles on hostage and ceasefire talks (two of them are also in the dataset's own gold), gold written to the annotation guidelines",
    licence: "the publishers' copyright: measurement only, not redistributed",
    development_note: DEV,
    metrics: goldMetrics,
    headline: 'quote_speakers',
  },
  {
    id: 'news-html',
    name: "news-html: saved pages from 35 outlets, against fundus's per-outlet parsers",
    source:
      "35 saved English news pages with what the fundus scraper's hand-written parser extracts (flairNLP/fundus test data); measures `dossier import`, not extraction",
    licence: "pages: the publishers' copyright, measurement only; fundus: MIT",
    development_note: DEV,
    metrics: [
      {
        metric: 'paragraph_recall',
        label: 'paragraphs recovered (recall)',
        target: { of: 'value', min: 0.95, source: ISSUE_TARGET },
      },
      {
        metric: 'paragraph_precision',
        label: 'paragraphs that belong (precision)',
        target: { of: 'value', min: 0.95, source: ISSUE_TARGET },
      },
      { metric: 'dates', label: 'publication day right', target: { of: 'value', min: 0.95, source: ISSUE_TARGET } },
      { metric: 'authors', label: 'author set right', target: { of: 'value', min: 0.85, source: ISSUE_TARGET } },
    ],
    headline: 'paragraph_recall',
  },
];

export const IN_SAMPLE_LABEL = 'articles the pipeline was developed on';

const prfScore = (p: { precision: number; recall: number; f1: number }): Score => ({
  precision: p.precision,
  recall: p.recall,
  f1: p.f1,
});

export function meantimeMeasured(r: MeantimeReport): Measured {
  return {
    documents: r.documents,
    scores: {
      all_mentions: prfScore(r.entities.all),
      person: prfScore(r.entities.person),
      organization: prfScore(r.entities.organization),
      location: prfScore(r.entities.location),
      timexes: prfScore(r.timexes),
      ...(r.timex_value.accuracy === null ? {} : { timex_value: { value: r.timex_value.accuracy } }),
    },
  };
}

export function tempevalMeasured(r: TempevalReport): Measured {
  return {
    documents: r.documents,
    scores: {
      value: prfScore(r.value),
      relaxed: prfScore(r.relaxed),
      strict: prfScore(r.strict),
      type: prfScore(r.type),
    },
  };
}

export function conllMeasured(r: ConllReport): Measured {
  return {
    documents: r.documents,
    scores: { PER: prfScore(r.entities.PER), ORG: prfScore(r.entities.ORG), LOC: prfScore(r.entities.LOC) },
  };
}

export function polnearMeasured(r: PolnearReport): Measured {
  return {
    documents: r.documents,
    scores: {
      quotes: prfScore(r.quote_spans),
      ...(r.named_speaker.accuracy === null ? {} : { named_speaker: { value: round(r.named_speaker.accuracy) } }),
    },
  };
}

export function newsHtmlMeasured(r: NewsHtmlReport): Measured {
  return {
    documents: r.pages,
    scores: {
      paragraph_recall: { value: round(r.recall) },
      paragraph_precision: { value: round(r.precision) },
      dates: { value: round(r.dates) },
      authors: { value: round(r.authors) },
    },
  };
}

/** A set scored like data/gold (the development corpus, news-gold-dev). */
export function goldMeasured(r: QualityReport): Measured {
  const scores: Record<string, Score> = {};
  for (const m of ['persons', 'organizations', 'roles', 'timex_values', 'quote_speakers', 'quantity_values'] as const)
    scores[m] = prfScore(r.micro[m]);
  if (r.events.micro) scores.event_types = prfScore(r.events.micro.event_types);
  return { documents: r.articles_scored, scores };
}

/**
 * The new file: every benchmark of BENCHMARKS in order, with what was measured now, else what the previous
 * file held (a benchmark whose folder is absent keeps its last figures), else null ("not yet measured").
 */
export function benchmarksFile(
  measured: ReadonlyMap<string, Measured>,
  datasetVersion: string,
  previous?: BenchmarksFile,
): BenchmarksFile {
  const before = new Map((previous?.benchmarks ?? []).map((b) => [b.id, b.measured]));
  return {
    format: BENCHMARKS_FORMAT,
    description:
      "Scores of the pipeline on public benchmarks and development sets outside the dataset's own gold (out of sample for the dataset, but used in development). " +
      'Written by `pnpm eval --write-benchmarks`; `dataset_version` says which version of the code measured each. No dates: the same code gives the same file.',
    in_sample: { gold: 'data/gold', label: IN_SAMPLE_LABEL },
    benchmarks: BENCHMARKS.map((spec) => {
      const now = measured.get(spec.id);
      return {
        ...spec,
        metrics: spec.metrics.map((m) => ({ ...m })),
        measured: now ? { dataset_version: datasetVersion, ...now } : (before.get(spec.id) ?? null),
      };
    }),
  };
}

/** The number a target applies to, for a score. */
export function targetValue(score: Score | undefined, target: Target): number | undefined {
  return score?.[target.of];
}

/** The headline number of a score: its F1, else its single value. */
export function headlineValue(score: Score | undefined): number | undefined {
  return score?.f1 ?? score?.value;
}
