/**
 * Writes the site's data into a ShardStore while streaming the dataset one article at a time
 * (src/lib/stream/article-groups.ts): one shard per article (data/articles/<id>.json), one file per bucket
 * of long-tail entities (data/entities/<bucket>.json, src/lib/entity-buckets.ts), the search shards
 * (data/search/<key>.json), and the page model the static pages read (model/, src/lib/page-model.ts). Memory holds one article's rows, the
 * entities (names and counts) and bounded lists; an entity's evidence is spilled to disk by entity and
 * gathered at the end (src/lib/stream/record-spill.ts).
 * An article's shard and its evidence records are keyed by a hash of everything they are made from (its
 * rows, the names and links of the entities it shows, and the site's code), so a build after one more
 * article recomputes only that article's; every other file is rewritten only when its bytes change.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleOpening } from './article-title.ts';
import {
  ENTITY_INDEX_FILE,
  entityBucketCount,
  entityBucketOf,
  entityBucketPath,
  MIN_ENTITY_BUCKETS,
  type EntityIndex,
} from './entity-buckets.ts';
import {
  type ArticleFile,
  type BucketEntity,
  parseArticleFile,
  recordsPath,
  runSiteJob,
  type SiteJob,
  type SiteJobDone,
} from './article-work.ts';
import { rowsEntityIds } from './article-summary.ts';
import type { ArticleRows } from './article-view.ts';
import type { ArticlesRow, EntitiesRow } from './dataset.ts';
import { EntityCounts, isKept } from './entity-records.ts';
import { releaseLayouts } from './layout.ts';
import { entityName, showArticle, siteModel } from './model.ts';
import { articlePageFile, entityPageFile, FACTS_FILE, PageFactsCollector, tablePreviewFile } from './page-model.ts';
import { searchWords, shardFileName, keyOf, type SearchEntry } from './search-index.ts';
import type { ShardStore } from './shard-store.ts';
import { ARTICLE_TABLES, type RawArticleGroup, rawArticleGroups } from './stream/article-groups.ts';
import { jsonRows } from './stream/json-rows.ts';
import { RecordSpill } from './stream/record-spill.ts';
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
 * An article on its way: its files are reused (`kept`: its summary and records, read from its records file)
 * or being made (`done`: the answer to wait for).
 */
interface ArticleInFlight {
  raw: RawArticleGroup;
  key: string;
  kept?: ArticleFile;
  done?: SiteJobDone | Promise<SiteJobDone>;
}

/** The key of an article's files: the code, the link policy, its rows (their digest) and the entities it shows. */
function articleKey(codeKey: string, digest: string, entityIds: readonly string[]): string {
  return hash([codeKey, siteModel().articlePages, digest, entityIds.map(entityRef)]);
}

/**
 * The article's files as the previous build left them, when they were made from the same inputs. The entities
 * its rows name come from its summary: when the rows are the same (the digest, in the key), so are they.
 */
function keptArticle(store: ShardStore, codeKey: string, raw: RawArticleGroup): ArticleInFlight | undefined {
  const id = raw.article.article_id;
  const previous = store.previousKey(recordsPath(id));
  if (!previous || store.previousKey(articleShardPath(id)) !== previous) return undefined;
  let kept: ArticleFile;
  try {
    // Read whole: a file of records is small, and there is one per article.
    kept = parseArticleFile(readFileSync(join(store.root, recordsPath(id)), 'utf8'));
  } catch {
    return undefined; // missing, or written by other code: made again
  }
  const key = articleKey(codeKey, raw.digest, kept.summary.entityIds);
  if (key !== previous || !store.canReuse(articleShardPath(id), key) || !store.canReuse(recordsPath(id), key))
    return undefined;
  return { raw, key, kept };
}

/** Starts an article: its files are kept when its inputs are unchanged, else it goes to `run`. */
function startArticle(store: ShardStore, codeKey: string, raw: RawArticleGroup, run: SiteJobRunner): ArticleInFlight {
  const kept = keptArticle(store, codeKey, raw);
  if (kept) return kept;
  const group = raw.rows();
  const entityIds = rowsEntityIds(group);
  const key = articleKey(codeKey, raw.digest, entityIds);
  const { entityById } = siteModel();
  const entities = entityIds.map((e) => entityById.get(e)).filter((e): e is EntitiesRow => e !== undefined);
  return { raw, key, done: run({ kind: 'article', root: store.root, group, entities }) };
}

/** Finishes an article (in the order they were started): records its files, returns its summary and records. */
async function finishArticle(store: ShardStore, { raw, key, kept, done }: ArticleInFlight): Promise<ArticleFile> {
  const id = raw.article.article_id;
  if (kept) {
    store.reuse(articleShardPath(id), key);
    store.reuse(recordsPath(id), key);
    return kept;
  }
  const { records, files } = await done!;
  for (const [path, put] of files) store.adopt(path, put, key);
  return parseArticleFile(records);
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
  const evidence = new RecordSpill(join(workDir, 'entities'));
  const search = new SearchSpill(join(workDir, 'search'));
  const counts = new EntityCounts();
  const inFlight: ArticleInFlight[] = [];
  const finishOldest = async () => {
    const next = inFlight.shift()!;
    const { summary, records, lines } = await finishArticle(store, next);
    // The line as written is the record's JSON text: spilled as it is, not serialized again.
    records.forEach((record, i) => {
      if (isKept(record, counts)) evidence.add(record.e, lines[i]!);
    });
    // Rows are parsed only for the pages that show them (the tables' first rows, the first undated events).
    const group = facts.wantsRows(summary) ? next.raw.rows() : undefined;
    if (group) showArticle(group);
    facts.addArticle(next.raw.article, summary, group);
    search.add(articleSearchEntry(next.raw.article));
  };
  for (const raw of rawArticleGroups(m.data.dir, m.data.tableFiles)) {
    inFlight.push(startArticle(store, codeKey, raw, run));
    if (inFlight.length >= workers * IN_FLIGHT_PER_WORKER) await finishOldest();
  }
  while (inFlight.length > 0) await finishOldest();
  releaseLayouts();
  const perArticle = new Set<string>(['articles', 'entities', ...Object.values(ARTICLE_TABLES)]);
  for (const [table, file] of m.data.tableFiles)
    if (!perArticle.has(table)) for (const row of jsonRows(file)) facts.addOtherRow(table, row);
  await writeEntityShards(store, codeKey, evidence, counts, run, workers * IN_FLIGHT_PER_WORKER);
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
 * A hash of everything an entity file is made from: the code, the link policy, and each entity's row, totals
 * and records (which hold the names and links of the entities and articles they show). A file whose key is
 * unchanged is kept without recomputing: after one more article, most buckets are.
 */
function entitiesKey(codeKey: string, entities: readonly BucketEntity[]): string {
  const hash = createHash('sha256').update(JSON.stringify([codeKey, siteModel().articlePages]));
  for (const { entity, totals, records } of entities)
    hash.update(`${JSON.stringify([entity, totals])}${records.map((line) => `\n${line}`).join('')}\0`);
  return hash.digest('hex');
}

/**
 * Every entity's shard: for entities with a static page, one file each in the page model; for the long tail,
 * one file per bucket (src/lib/entity-buckets.ts), each made by one job from one spill file's records.
 * At most `window` jobs wait at once, so the records of only that many buckets are in memory.
 */
async function writeEntityShards(
  store: ShardStore,
  codeKey: string,
  evidence: RecordSpill,
  counts: EntityCounts,
  run: SiteJobRunner,
  window: number,
): Promise<void> {
  const m = siteModel();
  const bucketCount = entityBucketCount(m.data.entities.length);
  const longTail = longTailByBucket(m.data.entities, m.staticEntities, bucketCount);
  const waiting: Array<{ key: string; done: SiteJobDone | Promise<SiteJobDone> }> = [];
  const finishOldest = async () => {
    const { key, done } = waiting.shift()!;
    for (const [path, put] of (await done).files) store.adopt(path, put, key);
  };
  /** Starts the job of one file, unless the file is there and made from the same inputs. */
  const start = async (kind: 'entity-bucket' | 'entity', path: string, entities: BucketEntity[]) => {
    const key = entitiesKey(codeKey, entities);
    if (store.reuse(path, key)) return;
    const root = store.root;
    const job: SiteJob =
      kind === 'entity-bucket' ? { kind, root, path, entities } : { kind, root, path, ...entities[0]! };
    waiting.push({ key, done: run(job) });
    if (waiting.length >= window) await finishOldest();
  };
  const entityOf = (id: string) => {
    const entity = m.entityById.get(id);
    if (!entity) throw new Error(`rows point to entity "${id}", which is not in the entities table`);
    return entity;
  };
  const withRecords = (entity: EntitiesRow, records: string[]): BucketEntity => ({
    entity,
    records,
    totals: counts.totals(entity.entity_id),
  });
  const staticDone = new Set<string>();
  for (const [spillBucket, groups] of evidence.buckets()) {
    const records = new Map(groups);
    for (const [id, lines] of groups) {
      const entity = entityOf(id);
      if (!m.staticEntities.has(id)) continue;
      await start('entity', entityPageFile(id), [withRecords(entity, lines)]);
      staticDone.add(id);
    }
    // Bucket b holds the entities whose hash is b modulo the count, so those ≡ spillBucket modulo the spill's.
    for (let bucket = spillBucket; bucket < bucketCount; bucket += MIN_ENTITY_BUCKETS) {
      const entities = (longTail.get(bucket) ?? []).map((e) => withRecords(e, records.get(e.entity_id) ?? []));
      // An empty bucket gets no file (a small dataset has no long tail): the viewer says the ID is not found.
      if (entities.length > 0) await start('entity-bucket', entityBucketPath(bucket), entities);
    }
  }
  for (const id of [...m.staticEntities].sort())
    if (!staticDone.has(id)) await start('entity', entityPageFile(id), [withRecords(entityOf(id), [])]);
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
