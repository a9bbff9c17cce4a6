/**
 * Every entity's shard: for entities with a static page, one file each in the page model; for the long tail,
 * one file per bucket (src/lib/entity-buckets.ts). A file's key has two parts: the hash of the code, the
 * link policy and its entities' rows, then the hash of their totals and evidence records. A file whose first
 * part is unchanged and whose entities no recomputed, new or removed article has records of
 * (src/lib/article-ledger.ts) is kept with its previous key, without its records being read: after one more
 * article, that is most of them, and reading every article's records back to hash them was most of a warm
 * build's data step. The others gather their records from the spill, in article order.
 */
import { createHash } from 'node:crypto';
import type { ArticleLedger } from './article-ledger.ts';
import { inArticleOrder } from './article-ledger.ts';
import type { BucketEntity, SiteJob, SiteJobDone } from './article-work.ts';
import type { EntitiesRow } from './dataset.ts';
import {
  ENTITY_INDEX_FILE,
  entityBucketCount,
  entityBucketOf,
  entityBucketPath,
  type EntityIndex,
  MIN_ENTITY_BUCKETS,
} from './entity-buckets.ts';
import { EntityCounts, isKept, recordHead } from './entity-records.ts';
import { siteModel } from './model.ts';
import { entityPageFile } from './page-model.ts';
import type { ShardStore } from './shard-store.ts';
import type { SiteJobRunner } from './site-data.ts';
import { type RecordSpill, spillBucketOf } from './stream/record-spill.ts';

interface EntityFile {
  kind: 'entity' | 'entity-bucket';
  path: string;
  entities: EntitiesRow[];
  /** The first part of its key: the code, the link policy and the entities' rows. */
  rowsKey: string;
  /** Its previous key, when the file is kept as it is. */
  kept?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The files, each with the spill file its entities' records are in (a bucket's records are in one). */
function entityFiles(codeKey: string): Map<number, EntityFile[]> {
  const m = siteModel();
  const bucketCount = entityBucketCount(m.data.entities.length);
  const policy = JSON.stringify([codeKey, m.articlePages]);
  const files = new Map<number, EntityFile[]>();
  const add = (spillBucket: number, file: Omit<EntityFile, 'rowsKey'>) => {
    let list = files.get(spillBucket);
    if (!list) files.set(spillBucket, (list = []));
    list.push({ ...file, rowsKey: sha256(`${policy}${JSON.stringify(file.entities)}`) });
  };
  for (const id of [...m.staticEntities].sort())
    add(spillBucketOf(id), { kind: 'entity', path: entityPageFile(id), entities: [entityOf(id)] });
  // Bucket b holds the entities whose hash is b modulo the count, so those ≡ b modulo the spill's.
  for (const [bucket, entities] of longTailByBucket(m.data.entities, m.staticEntities, bucketCount))
    add(bucket % MIN_ENTITY_BUCKETS, { kind: 'entity-bucket', path: entityBucketPath(bucket), entities });
  return files;
}

function entityOf(id: string): EntitiesRow {
  const entity = siteModel().entityById.get(id);
  if (!entity) throw new Error(`rows point to entity "${id}", which is not in the entities table`);
  return entity;
}

/** Marks the files that can be kept as they are; returns the entities whose records the others need. */
function planFiles(store: ShardStore, files: Map<number, EntityFile[]>, affected: ReadonlySet<string>): Set<string> {
  const wanted = new Set<string>();
  for (const list of files.values())
    for (const file of list) {
      const previous = store.previousKey(file.path);
      const unchanged =
        previous?.startsWith(`${file.rowsKey}:`) &&
        store.canReuse(file.path, previous) &&
        !file.entities.some((e) => affected.has(e.entity_id));
      if (unchanged) file.kept = previous;
      else for (const e of file.entities) wanted.add(e.entity_id);
    }
  return wanted;
}

/**
 * An entity's kept records, from its spilled records in article order, and its totals (counted over every
 * article). The spill may hold more than are kept (an unchanged article's records are read whole), never
 * fewer, so counting again here keeps exactly the records a cold build keeps.
 */
function gathered(entity: EntitiesRow, spilled: readonly string[], totals: EntityCounts): BucketEntity {
  const counts = new EntityCounts();
  const records = inArticleOrder(spilled).filter((line) => isKept(recordHead(line), counts));
  return { entity, records, totals: totals.totals(entity.entity_id) };
}

/** What the article pass leaves for the entity files. */
export interface ArticlePass {
  ledger: ArticleLedger;
  /** Records spilled by entity: those the article pass kept of recomputed articles. */
  evidence: RecordSpill;
  /** Every article's mention and quote records, counted by entity. */
  counts: EntityCounts;
}

/** The second part of a file's key: each entity's row, totals and records. */
function recordsKey(entities: readonly BucketEntity[]): string {
  const hash = createHash('sha256');
  for (const { entity, totals, records } of entities)
    hash.update(`${JSON.stringify([entity, totals])}${records.map((line) => `\n${line}`).join('')}\0`);
  return hash.digest('hex');
}

/**
 * Writes or keeps every entity file. At most `window` jobs wait at once, so the records of only that many
 * files are in memory.
 */
export async function writeEntityFiles(
  store: ShardStore,
  codeKey: string,
  { ledger, evidence, counts }: ArticlePass,
  run: SiteJobRunner,
  window: number,
): Promise<void> {
  const files = entityFiles(codeKey);
  ledger.spillReusedRecords(planFiles(store, files, ledger.affected), evidence);
  const waiting: Array<{ key: string; done: SiteJobDone | Promise<SiteJobDone> }> = [];
  const finishOldest = async () => {
    const { key, done } = waiting.shift()!;
    for (const [path, put] of (await done).files) store.adopt(path, put, key);
  };
  for (const [spillBucket, groups] of evidence.buckets()) {
    const records = new Map(groups);
    for (const [id] of groups) entityOf(id);
    for (const file of files.get(spillBucket) ?? []) {
      if (file.kept !== undefined) {
        store.reuse(file.path, file.kept);
        continue;
      }
      const entities = file.entities.map((e) => gathered(e, records.get(e.entity_id) ?? [], counts));
      const key = `${file.rowsKey}:${recordsKey(entities)}`;
      if (store.reuse(file.path, key)) continue;
      const root = store.root;
      const job: SiteJob =
        file.kind === 'entity-bucket'
          ? { kind: 'entity-bucket', root, path: file.path, entities }
          : { kind: 'entity', root, path: file.path, ...entities[0]! };
      waiting.push({ key, done: run(job) });
      if (waiting.length >= window) await finishOldest();
    }
  }
  while (waiting.length > 0) await finishOldest();
  const buckets = entityBucketCount(siteModel().data.entities.length);
  store.writeIfChanged(ENTITY_INDEX_FILE, JSON.stringify({ buckets } satisfies EntityIndex));
}

/** The entities without a static page, by bucket (an empty bucket gets no file), each sorted by ID. */
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
  return new Map([...buckets].sort((a, b) => a[0] - b[0]));
}
