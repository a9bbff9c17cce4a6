/**
 * The costly part of the site-data step, and the files it writes: per article, its shard
 * (src/lib/article-shard.ts) and the records it adds to the pages of the entities it names
 * (src/lib/entity-records.ts), both needing the article's sentences, which the pipeline's own splitter
 * recomputes (src/lib/layout.ts); per entity, its shard (src/lib/entity-shard.ts). On big datasets these jobs
 * run in worker threads (src/lib/site-data-worker.ts), which also write the files, so the build's thread
 * neither computes them nor waits on the file system; on small ones they run in the build's thread.
 */
import { articleShard } from './article-shard.ts';
import type { EntitiesRow } from './dataset.ts';
import { type ArticleSummary, articleSummary } from './article-summary.ts';
import { articleEntityRecords, type RecordHead, recordHead } from './entity-records.ts';
import { entityShard, type EntityRecord, type EntityTotals } from './entity-shard.ts';
import { releaseLayouts } from './layout.ts';
import { showArticle, siteModel } from './model.ts';
import { type FilePut, putFile } from './shard-store.ts';
import type { ArticleGroup } from './stream/article-groups.ts';
import { articleShardPath } from './urls.ts';

/** Files kept between builds but not published: each article's evidence records. */
export const CACHE_DIR = 'cache';
export const recordsPath = (articleId: string) => `${CACHE_DIR}/records/${encodeURIComponent(articleId)}.jsonl`;

export type SiteJob =
  | {
      kind: 'article';
      root: string;
      group: ArticleGroup;
      /** The rows of the entities the article shows (a worker knows no others). */
      entities: EntitiesRow[];
    }
  | {
      kind: 'entity';
      root: string;
      path: string;
      entity: EntitiesRow;
      /** The entity's records, one JSON line each. */
      records: string[];
      totals: EntityTotals;
    }
  | {
      /** The long-tail entities of one bucket (src/lib/entity-buckets.ts), written as one file. */
      kind: 'entity-bucket';
      root: string;
      path: string;
      entities: BucketEntity[];
    };

/** An entity of a bucket job, with its records (one JSON line each) and totals. */
export interface BucketEntity {
  entity: EntitiesRow;
  records: string[];
  totals: EntityTotals;
}

export interface SiteJobDone {
  /** The article's records file (`articleFileText`; '' for an entity). */
  records: string;
  /** The files written (or found unchanged), by path under the store's root. */
  files: Array<[string, FilePut]>;
}

export function runSiteJob(job: SiteJob): SiteJobDone {
  if (job.kind === 'article') return articleJob(job.root, job.group);
  return job.kind === 'entity' ? entityJob(job) : entityBucketJob(job);
}

/**
 * An article's records file: its summary (src/lib/article-summary.ts) on the first line, then its evidence
 * records, one JSON line each. Kept under the key of the article's inputs, so a warm build reads the summary
 * here instead of parsing the article's rows.
 */
function articleFileText(group: ArticleGroup): string {
  const records = articleEntityRecords(group).map((r) => `${JSON.stringify(r)}\n`);
  return `${JSON.stringify(articleSummary(group))}\n${records.join('')}`;
}

/** An article's records file, read: its summary, and each record's kind and entity with its JSON text as written. */
export interface ArticleFile {
  summary: ArticleSummary;
  records: RecordHead[];
  lines: string[];
}

/** Reads `articleFileText`'s output; fails on text of another shape (a file another version of the code wrote). */
export function parseArticleFile(text: string): ArticleFile {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : [text];
  const summary = JSON.parse(lines.shift()!) as ArticleSummary;
  if (!Array.isArray(summary?.entityIds) || !Array.isArray(summary.dated))
    throw new Error('not an article file: its first line is not a summary');
  return { summary, records: lines.map(recordHead), lines };
}

function articleJob(root: string, group: ArticleGroup): SiteJobDone {
  const id = group.article.article_id;
  showArticle(group);
  const shard = JSON.stringify(articleShard(group.article));
  const records = articleFileText(group);
  releaseLayouts();
  return {
    records,
    files: [
      [articleShardPath(id), putFile(root, articleShardPath(id), shard)],
      [recordsPath(id), putFile(root, recordsPath(id), records)],
    ],
  };
}

function shardText({ entity, records, totals }: BucketEntity): string {
  return JSON.stringify(
    entityShard(
      entity,
      records.map((line) => JSON.parse(line) as EntityRecord),
      totals,
    ),
  );
}

function entityJob(job: Extract<SiteJob, { kind: 'entity' }>): SiteJobDone {
  siteModel(); // the link policy (static page or viewer) comes with the model
  const text = shardText(job);
  return { records: '', files: [[job.path, putFile(job.root, job.path, text)]] };
}

/** One bucket file: a JSON object of the bucket's shards by entity ID, in the order given (sorted by ID). */
function entityBucketJob(job: Extract<SiteJob, { kind: 'entity-bucket' }>): SiteJobDone {
  siteModel();
  const entries = job.entities.map((e) => `${JSON.stringify(e.entity.entity_id)}:${shardText(e)}`);
  const text = `{${entries.join(',\n')}}`;
  return { records: '', files: [[job.path, putFile(job.root, job.path, text)]] };
}
