/**
 * Writes the site's data into a ShardStore while streaming the dataset one article at a time
 * (src/lib/stream/article-groups.ts): one shard per article (data/articles/<id>.json), one file per bucket
 * of long-tail entities (data/entities/<bucket>.json, src/lib/entity-buckets.ts), the search shards
 * (data/search/<key>.json), and the page model the static pages read (model/, src/lib/page-model.ts). Memory holds one article's rows, the
 * entities (names and counts) and bounded lists; the articles' evidence records are kept on disk by entity
 * between builds and gathered one file at a time (src/lib/entity-evidence.ts).
 * An article's shard and its evidence records are keyed by a hash of everything they are made from (its
 * rows, the names and links of the entities it shows, and the site's code), so a build after one more
 * article recomputes only that article's, takes the others' summaries from the index of the previous build
 * (src/lib/article-index.ts), patches only the evidence files of the entities the article names and remakes
 * only the entity files whose articles changed; every other file is rewritten only when its bytes change.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { articleOpening } from './article-title.ts';
import type { BucketEntity } from './article-work.ts';
import {
  ENTITY_INDEX_FILE,
  entityBucketCount,
  entityBucketOf,
  entityBucketPath,
  MIN_ENTITY_BUCKETS,
  type EntityIndex,
} from './entity-buckets.ts';
import { ArticleIndexWriter, type IndexedArticle, PreviousArticleIndex } from './article-index.ts';
import { parseArticleFile, recordsPath, runSiteJob, type SiteJob, type SiteJobDone } from './article-work.ts';
import { type ArticleSummary, rowsEntityIds } from './article-summary.ts';
import type { ArticleRows } from './article-view.ts';
import type { ArticlesRow, EntitiesRow } from './dataset.ts';
import { EntityEvidence } from './entity-evidence.ts';
import { releaseLayouts } from './layout.ts';
import { entityName, showArticle, siteModel } from './model.ts';
import { articlePageFile, entityPageFile, FACTS_FILE, PageFactsCollector, tablePreviewFile } from './page-model.ts';
import { searchWords, shardFileName, keyOf, type SearchEntry } from './search-index.ts';
import type { ShardStore } from './shard-store.ts';
import { ARTICLE_TABLES, type RawArticleGroup, rawArticleGroups } from './stream/article-groups.ts';
import { jsonRows } from './stream/json-rows.ts';
import { RecordSpill, spillBucketOf } from './stream/record-spill.ts';
import { articleShardPath, articleUrl, entityUrl } from './urls.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
export { CACHE_DIR } from './article-work.ts';

export function entitySearchEntry(e: EntitiesRow): SearchEntry {
  return {
    kind: 'entity',
    label: e.name,
    detail: `${e.type} · ${plural(e.mention_count, 'mention')}, ${plural(e.article_count, 'article')}`,
    url: entityUrl(e.entity_id),
    words: [...new Set(searchWords(`${e.name} ${e.aliases ?? ''}`))],
  };
}

export function articleSearchEntry(a: ArticlesRow): SearchEntry {
  return {
    kind: 'article',
    label: `${a.outlet}, ${a.published}`,
    detail: a.headline ?? `${articleOpening(a, 80)}…`,
    url: articleUrl(a.article_id),
    words: [...new Set(searchWords(`${a.outlet} ${a.published} ${a.headline ?? ''}`))],
  };
}

/** What a shard shows of an entity it links to: its name and where the link goes. */
const entityRef = (id: string | null | undefined) => (id ? [id, entityName(id), entityUrl(id)] : null);

/** Runs a job (src/lib/article-work.ts): in this thread, or in a worker thread (src/lib/site-data-worker.ts). */
export type SiteJobRunner = (job: SiteJob) => SiteJobDone | Promise<SiteJobDone>;

/**
 * An article on its way: its files are reused (`kept`: its entry in the previous build's index, with its
 * summary parsed) or being made (`done`: the answer to wait for).
 */
interface ArticleInFlight {
  raw: RawArticleGroup;
  key: string;
  kept?: { indexed: IndexedArticle; summary: ArticleSummary };
  done?: SiteJobDone | Promise<SiteJobDone>;
}

/** A finished article: its summary, its entry in the index, and its records when it was made in this build. */
interface FinishedArticle {
  summary: ArticleSummary;
  indexed: IndexedArticle;
  /** Each record's entity and JSON line (only for an article made in this build). */
  fresh?: Array<[string, string]>;
}

/** The key of an article's files: the code, the link policy, its rows (their digest) and the entities it shows. */
function articleKey(codeKey: string, digest: string, entityIds: readonly string[]): string {
  return hash([codeKey, siteModel().articlePages, digest, entityIds.map(entityRef)]);
}

/**
 * The article's files as the previous build left them, when they were made from the same inputs, with its entry
 * in the previous build's index (src/lib/article-index.ts). The entities its rows name come from its summary:
 * when the rows are the same (the digest, in the key), so are they.
 */
function keptArticle(
  store: ShardStore,
  codeKey: string,
  raw: RawArticleGroup,
  index: PreviousArticleIndex,
): ArticleInFlight | undefined {
  const id = raw.article.article_id;
  const indexed = index.get(id);
  if (!indexed) return undefined;
  let summary: ArticleSummary;
  try {
    summary = JSON.parse(indexed.summaryText) as ArticleSummary;
  } catch {
    return undefined; // torn, or written by other code: made again
  }
  if (!Array.isArray(summary?.entityIds)) return undefined;
  const key = articleKey(codeKey, raw.digest, summary.entityIds);
  if (key !== indexed.key || !store.canReuse(articleShardPath(id), key) || !store.canReuse(recordsPath(id), key))
    return undefined;
  return { raw, key, kept: { indexed, summary } };
}

/** Starts an article: its files are kept when its inputs are unchanged, else it goes to `run`. */
function startArticle(
  store: ShardStore,
  codeKey: string,
  raw: RawArticleGroup,
  index: PreviousArticleIndex,
  run: SiteJobRunner,
): ArticleInFlight {
  const kept = keptArticle(store, codeKey, raw, index);
  if (kept) return kept;
  const group = raw.rows();
  const entityIds = rowsEntityIds(group);
  const key = articleKey(codeKey, raw.digest, entityIds);
  const { entityById } = siteModel();
  const entities = entityIds.map((e) => entityById.get(e)).filter((e): e is EntitiesRow => e !== undefined);
  return { raw, key, done: run({ kind: 'article', root: store.root, group, entities }) };
}

/** Finishes an article (in the order they were started): records its files, returns what the step needs of it. */
async function finishArticle(store: ShardStore, { raw, key, kept, done }: ArticleInFlight): Promise<FinishedArticle> {
  const id = raw.article.article_id;
  if (kept) {
    store.reuse(articleShardPath(id), key);
    store.reuse(recordsPath(id), key);
    return kept;
  }
  const { records: text, files } = await done!;
  for (const [path, put] of files) store.adopt(path, put, key);
  const { summary, records, lines } = parseArticleFile(text);
  const recordEntityIds = [...new Set(records.map((r) => r.e))].sort();
  const summaryText = text.slice(0, text.indexOf('\n'));
  return {
    summary,
    indexed: { key, recordEntityIds, summaryText },
    fresh: records.map((r, i) => [r.e, lines[i]!]),
  };
}

/** Search entries by shard key, each entry as its JSON text with the label and URL it is sorted by. */
class SearchSpill {
  private readonly spill: RecordSpill;
  constructor(dir: string) {
    this.spill = new RecordSpill(dir);
  }
  add(entry: SearchEntry): void {
    const keys = new Set(entry.words.map(keyOf).filter((k): k is string => k !== undefined));
    const line = JSON.stringify([entry.label, entry.url, JSON.stringify(entry)]);
    for (const key of keys) this.spill.add(key, line);
  }
  *shards(): Generator<[string, string]> {
    for (const [key, lines] of this.spill.groups()) {
      const entries = lines.map((l) => JSON.parse(l) as [string, string, string]);
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      yield [key, `[${entries.map((e) => e[2]).join(',')}]`];
    }
  }
}

/** How many articles may be on their way at once per worker (enough to keep every worker busy). */
const IN_FLIGHT_PER_WORKER = 8;

export async function writeSiteData(
  store: ShardStore,
  codeKey: string,
  workDir: string,
  run: SiteJobRunner = runSiteJob,
  workers = 1,
): Promise<void> {
  const m = siteModel();
  const facts = new PageFactsCollector();
  const evidence = new EntityEvidence(store, join(workDir, 'entities'));
  const search = new SearchSpill(join(workDir, 'search'));
  const previousIndex = new PreviousArticleIndex(store);
  const index = new ArticleIndexWriter(store);
  const inFlight: ArticleInFlight[] = [];
  const finishOldest = async () => {
    const next = inFlight.shift()!;
    const id = next.raw.article.article_id;
    const { summary, indexed, fresh } = await finishArticle(store, next);
    for (const entityId of indexed.recordEntityIds)
      if (!m.entityById.has(entityId))
        throw new Error(`rows point to entity "${entityId}", which is not in the entities table`);
    evidence.addArticle(id, next.key, indexed.recordEntityIds, fresh);
    index.add(id, indexed);
    // Rows are parsed only for the pages that show them (the tables' first rows, the first undated events).
    const group = facts.wantsRows(summary) ? next.raw.rows() : undefined;
    if (group) showArticle(group);
    facts.addArticle(next.raw.article, summary, group);
    search.add(articleSearchEntry(next.raw.article));
  };
  for (const raw of rawArticleGroups(m.data.dir, m.data.tableFiles)) {
    inFlight.push(startArticle(store, codeKey, raw, previousIndex, run));
    if (inFlight.length >= workers * IN_FLIGHT_PER_WORKER) await finishOldest();
  }
  while (inFlight.length > 0) await finishOldest();
  previousIndex.close();
  index.finish();
  releaseLayouts();
  const perArticle = new Set<string>(['articles', 'entities', ...Object.values(ARTICLE_TABLES)]);
  for (const [table, file] of m.data.tableFiles)
    if (!perArticle.has(table)) for (const row of jsonRows(file)) facts.addOtherRow(table, row);
  await writeEntityShards(store, codeKey, evidence, run, workers * IN_FLIGHT_PER_WORKER);
  for (const e of m.data.entities) search.add(entitySearchEntry(e));
  for (const [key, text] of search.shards()) store.writeIfChanged(`data/search/${shardFileName(key)}`, text);
  store.writeIfChanged(FACTS_FILE, JSON.stringify(facts.facts()));
  for (const [table, preview] of facts.tablePreviews())
    store.writeIfChanged(tablePreviewFile(table), JSON.stringify(preview));
  for (const page of facts.staticArticles)
    store.writeIfChanged(
      articlePageFile(page.article.article_id),
      JSON.stringify(page satisfies { rows: ArticleRows }),
    );
}

/**
 * A hash of everything an entity file is made from: the code, the link policy, and each entity's row and the
 * articles with records of it, each by the key of its files (which fixes its records, and so the entity's
 * records and totals). A file whose key is unchanged is kept without gathering its evidence: after one more
 * article, most are.
 */
function entitiesKey(codeKey: string, entities: ReadonlyArray<[EntitiesRow, readonly string[]]>): string {
  const hash = createHash('sha256').update(JSON.stringify([codeKey, siteModel().articlePages]));
  for (const [entity, articles] of entities) hash.update(`${JSON.stringify(entity)}\n${articles.join('\n')}\0`);
  return hash.digest('hex');
}

/** The entities with a static page by spill bucket (src/lib/stream/record-spill.ts), each list sorted. */
function staticBySpillBucket(ids: ReadonlySet<string>): Map<number, string[]> {
  const buckets = new Map<number, string[]>();
  for (const id of [...ids].sort()) {
    const bucket = spillBucketOf(id);
    const list = buckets.get(bucket);
    if (list) list.push(id);
    else buckets.set(bucket, [id]);
  }
  return buckets;
}

/**
 * Every entity's shard: for entities with a static page, one file each in the page model; for the long tail,
 * one file per bucket (src/lib/entity-buckets.ts). Spill bucket by spill bucket, whose evidence file holds the
 * records of all of them (src/lib/entity-evidence.ts); at most `window` jobs wait at once, so the records of
 * only that many files are in memory.
 */
async function writeEntityShards(
  store: ShardStore,
  codeKey: string,
  evidence: EntityEvidence,
  run: SiteJobRunner,
  window: number,
): Promise<void> {
  const m = siteModel();
  const bucketCount = entityBucketCount(m.data.entities.length);
  const longTail = longTailByBucket(m.data.entities, m.staticEntities, bucketCount);
  const staticIds = staticBySpillBucket(m.staticEntities);
  const waiting: Array<{ key: string; done: SiteJobDone | Promise<SiteJobDone> }> = [];
  const finishOldest = async () => {
    const { key, done } = waiting.shift()!;
    for (const [path, put] of (await done).files) store.adopt(path, put, key);
  };
  const entityOf = (id: string) => {
    const entity = m.entityById.get(id);
    if (!entity) throw new Error(`an entity page is asked for "${id}", which is not in the entities table`);
    return entity;
  };
  for (let spillBucket = 0; spillBucket < MIN_ENTITY_BUCKETS; spillBucket++) {
    const files: Array<['entity-bucket' | 'entity', string, EntitiesRow[]]> = (staticIds.get(spillBucket) ?? []).map(
      (id) => ['entity', entityPageFile(id), [entityOf(id)]],
    );
    // Bucket b holds the entities whose hash is b modulo the count, so those ≡ spillBucket modulo the spill's.
    // An empty bucket gets no file (a small dataset has no long tail): the viewer says the ID is not found.
    for (let bucket = spillBucket; bucket < bucketCount; bucket += MIN_ENTITY_BUCKETS) {
      const entities = longTail.get(bucket);
      if (entities?.length) files.push(['entity-bucket', entityBucketPath(bucket), entities]);
    }
    const keyed = files.map(([kind, path, entities]) => {
      const key = entitiesKey(
        codeKey,
        entities.map((e) => [e, evidence.inputsOf(e.entity_id)]),
      );
      return { kind, path, entities, key, kept: store.reuse(path, key) };
    });
    const toMake = keyed.filter((file) => !file.kept);
    // The bucket's evidence file is kept or patched either way; its records are gathered only for files to make.
    const evidenceOf = toMake.length > 0 ? evidence.settle(spillBucket, true) : evidence.settle(spillBucket, false);
    for (const { kind, path, entities, key } of toMake) {
      const withEvidence: BucketEntity[] = entities.map((entity) => ({
        entity,
        ...(evidenceOf?.get(entity.entity_id) ?? { records: [], totals: { mentions: 0, quotes: 0 } }),
      }));
      const root = store.root;
      const job: SiteJob =
        kind === 'entity-bucket'
          ? { kind, root, path, entities: withEvidence }
          : { kind, root, path, ...withEvidence[0]! };
      waiting.push({ key, done: run(job) });
      if (waiting.length >= window) await finishOldest();
    }
  }
  evidence.finish();
  while (waiting.length > 0) await finishOldest();
  store.writeIfChanged(ENTITY_INDEX_FILE, JSON.stringify({ buckets: bucketCount } satisfies EntityIndex));
}

/** The entities without a static page, by bucket, each bucket sorted by ID. */
function longTailByBucket(
  entities: readonly EntitiesRow[],
  withPage: ReadonlySet<string>,
  bucketCount: number,
): Map<number, EntitiesRow[]> {
  const buckets = new Map<number, EntitiesRow[]>();
  for (const e of entities) {
    if (withPage.has(e.entity_id)) continue;
    const bucket = entityBucketOf(e.entity_id, bucketCount);
    let list = buckets.get(bucket);
    if (!list) buckets.set(bucket, (list = []));
    list.push(e);
  }
  for (const list of buckets.values()) list.sort((a, b) => (a.entity_id < b.entity_id ? -1 : 1));
  return buckets;
}
