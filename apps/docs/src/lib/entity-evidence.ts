/**
 * The evidence records of every article, kept between builds by entity: one file per spill bucket of entities
 * (`spillBucketOf`, src/lib/stream/record-spill.ts), `cache/evidence/<bucket>.jsonl` in the store. Its first
 * line lists the articles with records in the bucket, in the dataset's order, each with the key of its files
 * (which fixes its records) and its number of lines; then come those records, article by article, one JSON line
 * each, as the article's records file holds them.
 *
 * So a build after one more article need not read every article's records again to gather each entity's: a
 * bucket whose list of articles and keys is unchanged keeps its file (and the entity files made from it keep
 * theirs, `inputsOf`), and a bucket that changed is patched: an unchanged article's lines are taken from the
 * old file, a changed one's from this build, and an article the old file lacks from its records file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, parseArticleFile, recordsPath } from './article-work.ts';
import { MIN_ENTITY_BUCKETS } from './entity-buckets.ts';
import { EntityCounts, isKept, recordHead } from './entity-records.ts';
import type { EntityTotals } from './entity-shard.ts';
import type { ShardStore } from './shard-store.ts';
import { RecordSpill, spillBucketOf } from './stream/record-spill.ts';

export const evidencePath = (bucket: number) => `${CACHE_DIR}/evidence/${bucket}.jsonl`;

/** An entity's evidence as its shard takes it: the records worth showing (`isKept`) and its totals. */
export interface GatheredEvidence {
  records: string[];
  totals: EntityTotals;
}

/** An article with records in a bucket: its ID and the key of its files. */
type Contributor = [id: string, key: string];

/** An old evidence file's lines by article, with the key they were made under; empty when it cannot be read. */
function readSegments(file: string): Map<string, { key: string; lines: string[] }> {
  const segments = new Map<string, { key: string; lines: string[] }>();
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    let at = 1;
    for (const [id, key, count] of JSON.parse(lines[0]!) as Array<[string, string, number]>) {
      segments.set(id, { key, lines: lines.slice(at, at + count) });
      at += count;
    }
    // The text ends with a line break, so the last element is ''; anything else is a torn or foreign file.
    if (at !== lines.length - 1) return new Map();
  } catch {
    return new Map();
  }
  return segments;
}

/** An article's records about the entities of one bucket, read from its records file (kept under its key). */
function recordsInBucket(store: ShardStore, articleId: string, bucket: number): string[] {
  const { records, lines } = parseArticleFile(readFileSync(join(store.root, recordsPath(articleId)), 'utf8'));
  return lines.filter((_, i) => spillBucketOf(records[i]!.e) === bucket);
}

/** Each entity's kept records and totals, from an evidence file's text (records in the dataset's order). */
export function gatherEvidence(text: string): Map<string, GatheredEvidence> {
  const counts = new EntityCounts();
  const gathered = new Map<string, GatheredEvidence>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const head = recordHead(line);
    let entity = gathered.get(head.e);
    if (!entity) gathered.set(head.e, (entity = { records: [], totals: { mentions: 0, quotes: 0 } }));
    if (isKept(head, counts)) entity.records.push(line);
  }
  for (const [id, entity] of gathered) entity.totals = counts.totals(id);
  return gathered;
}

export class EntityEvidence {
  private readonly contributors: Contributor[][] = Array.from({ length: MIN_ENTITY_BUCKETS }, () => []);
  private readonly articlesOf = new Map<string, string[]>();
  private readonly fresh: RecordSpill;

  /** `spillDir` holds the records of the articles made in this build until the buckets are gathered. */
  constructor(
    private readonly store: ShardStore,
    spillDir: string,
  ) {
    this.fresh = new RecordSpill(spillDir);
  }

  /**
   * An article's records, in the dataset's order of articles: `fresh` (each record's entity and JSON line) when
   * the article was made in this build; otherwise its lines are in the evidence files under its key.
   */
  addArticle(id: string, key: string, recordEntityIds: readonly string[], fresh?: ReadonlyArray<[string, string]>) {
    const buckets = new Set<number>();
    for (const entityId of recordEntityIds) {
      buckets.add(spillBucketOf(entityId));
      let articles = this.articlesOf.get(entityId);
      if (!articles) this.articlesOf.set(entityId, (articles = []));
      // The key has a fixed length, so key and ID together are unambiguous.
      articles.push(`${key}${id}`);
    }
    for (const bucket of buckets) this.contributors[bucket]!.push([id, key]);
    if (fresh) for (const [entityId, line] of fresh) this.fresh.add(entityId, `${id}\t${line}`);
  }

  /** What an entity's evidence is made from: each article with records of it, by its files' key and ID. */
  inputsOf(entityId: string): readonly string[] {
    return this.articlesOf.get(entityId) ?? [];
  }

  /**
   * Bucket by bucket (every one, in order), its evidence file kept or made again, and a function that gathers
   * its entities' evidence when a file made from it has to be made again. Call after the last `addArticle`.
   */
  *buckets(): Generator<[number, () => Map<string, GatheredEvidence>]> {
    for (const [bucket, entries] of this.fresh.entries()) {
      const text = this.keep(bucket, entries);
      let gathered: Map<string, GatheredEvidence> | undefined;
      yield [
        bucket,
        () => (gathered ??= gatherEvidence(text ?? readFileSync(join(this.store.root, evidencePath(bucket)), 'utf8'))),
      ];
    }
  }

  /** The bucket's file kept (undefined: read it when needed) or written again (its text); '' when it has none. */
  private keep(bucket: number, entries: ReadonlyArray<[string, string]>): string | undefined {
    const contributors = this.contributors[bucket]!;
    if (contributors.length === 0) return '';
    const path = evidencePath(bucket);
    const key = createHash('sha256').update(JSON.stringify(contributors)).digest('hex');
    if (this.store.reuse(path, key)) return undefined;
    const fresh = new Map<string, string[]>();
    for (const [, tagged] of entries) {
      const tab = tagged.indexOf('\t');
      const id = tagged.slice(0, tab);
      let lines = fresh.get(id);
      if (!lines) fresh.set(id, (lines = []));
      lines.push(tagged.slice(tab + 1));
    }
    const old = readSegments(join(this.store.root, path));
    const counts: Array<[string, string, number]> = [];
    const body: string[] = [];
    for (const [id, articleKey] of contributors) {
      const kept = old.get(id);
      const lines = fresh.get(id) ?? (kept?.key === articleKey ? kept.lines : recordsInBucket(this.store, id, bucket));
      counts.push([id, articleKey, lines.length]);
      for (const line of lines) body.push(`${line}\n`);
    }
    const text = `${JSON.stringify(counts)}\n${body.join('')}`;
    this.store.write(path, text, key);
    return text;
  }
}
