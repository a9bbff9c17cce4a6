/**
 * The evidence records of every article, kept between builds by entity: one file per spill bucket of entities
 * (`spillBucketOf`, src/lib/stream/record-spill.ts), `cache/evidence/<bucket>.jsonl` in the store. Its first
 * line is the JSON list of the articles with records in the bucket, in the dataset's order, each with the key
 * of its files (which fixes its records); then come those records, article by article, each line the
 * article's place in that list, a tab, and the record's JSON text as the article's records file holds it.
 *
 * So a build after one more article need not read every article's records again to gather each entity's: a
 * bucket whose list of articles and keys is unchanged keeps its file (and the entity files made from it keep
 * theirs, `inputsOf`), and a bucket that changed is patched as a stream: an unchanged article's lines are
 * copied from the old file, a changed one's come from this build, and one the old file lacks (or holds out of
 * order) from its records file. Only the records an entity's shard shows are held in memory (`gather`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, parseArticleFile, recordsPath } from './article-work.ts';
import { MIN_ENTITY_BUCKETS } from './entity-buckets.ts';
import { EntityCounts, isKept, recordHead } from './entity-records.ts';
import type { EntityTotals } from './entity-shard.ts';
import type { ShardStore } from './shard-store.ts';
import { fileLines } from './stream/json-rows.ts';
import { LineWriter } from './stream/line-writer.ts';
import { RecordSpill, spillBucketOf } from './stream/record-spill.ts';

export const evidencePath = (bucket: number) => `${CACHE_DIR}/evidence/${bucket}.jsonl`;

/** An entity's evidence as its shard takes it: the records worth showing (`isKept`) and its totals. */
export interface GatheredEvidence {
  records: string[];
  totals: EntityTotals;
}

/** An article with records in a bucket: its ID and the key of its files. */
type Contributor = [id: string, key: string];

/** Each entity's kept records and totals, fed its records in the dataset's order. */
class Gatherer {
  private readonly counts = new EntityCounts();
  private readonly gathered = new Map<string, GatheredEvidence>();

  add(line: string): void {
    const head = recordHead(line);
    let entity = this.gathered.get(head.e);
    if (!entity) this.gathered.set(head.e, (entity = { records: [], totals: { mentions: 0, quotes: 0 } }));
    if (isKept(head, this.counts)) entity.records.push(line);
  }

  result(): Map<string, GatheredEvidence> {
    for (const [id, entity] of this.gathered) entity.totals = this.counts.totals(id);
    return this.gathered;
  }
}

/** A line of an evidence file: the article's place in the header's list, and the record. */
function splitLine(line: string): [number, string] {
  const tab = line.indexOf('\t');
  return [Number(line.slice(0, tab)), line.slice(tab + 1)];
}

/**
 * An old evidence file read forward: `take` yields an article's lines when they are still ahead and were
 * made under the same key; otherwise it yields nothing and returns false.
 */
class OldEvidence {
  private readonly lines: Iterator<string>;
  private readonly placeOf = new Map<string, { place: number; key: string }>();
  private next: [number, string] | undefined;

  constructor(file: string) {
    this.lines = existsSync(file) ? fileLines(file) : [][Symbol.iterator]();
    const header = this.lines.next();
    if (header.done) return;
    try {
      const contributors = JSON.parse(header.value) as Contributor[];
      contributors.forEach(([id, key], place) => {
        this.placeOf.set(id, { place, key });
      });
    } catch {
      this.placeOf.clear(); // torn or foreign: every article's lines are read from its records file
      return;
    }
    this.advance();
  }

  private advance(): void {
    const step = this.lines.next();
    this.next = step.done || step.value === '' ? undefined : splitLine(step.value);
  }

  *take(id: string, key: string): Generator<string, boolean> {
    const old = this.placeOf.get(id);
    if (!old || old.key !== key) return false;
    while (this.next && this.next[0] < old.place) this.advance();
    if (!this.next || this.next[0] !== old.place) return false;
    while (this.next && this.next[0] === old.place) {
      yield this.next[1];
      this.advance();
    }
    return true;
  }

  /** Closes the file (when not read to its end). */
  close(): void {
    this.lines.return?.(undefined);
  }
}

/** An article's records about the entities of one bucket, read from its records file (kept under its key). */
function recordsInBucket(store: ShardStore, articleId: string, bucket: number): string[] {
  const { records, lines } = parseArticleFile(readFileSync(join(store.root, recordsPath(articleId)), 'utf8'));
  return lines.filter((_, i) => spillBucketOf(records[i]!.e) === bucket);
}

export class EntityEvidence {
  /** Every article added, in order, as [id, key]; the lists below hold places in it (numbers weigh less). */
  private readonly articles: Contributor[] = [];
  private readonly contributors: number[][] = Array.from({ length: MIN_ENTITY_BUCKETS }, () => []);
  private readonly articlesOf = new Map<string, number[]>();
  private readonly fresh: RecordSpill;

  /** `spillDir` holds the records of the articles made in this build until the buckets are settled. */
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
    const place = this.articles.push([id, key]) - 1;
    const buckets = new Set<number>();
    for (const entityId of recordEntityIds) {
      buckets.add(spillBucketOf(entityId));
      const articles = this.articlesOf.get(entityId);
      if (articles) articles.push(place);
      else this.articlesOf.set(entityId, [place]);
    }
    for (const bucket of buckets) this.contributors[bucket]!.push(place);
    if (fresh) for (const [entityId, line] of fresh) this.fresh.add(entityId, `${id}\t${line}`);
  }

  /** What an entity's evidence is made from: each article with records of it, by its files' key and ID. */
  inputsOf(entityId: string): string[] {
    // The key has a fixed length, so key and ID together are unambiguous.
    return (this.articlesOf.get(entityId) ?? []).map(
      (place) => `${this.articles[place]![1]}${this.articles[place]![0]}`,
    );
  }

  /**
   * Keeps or writes again one bucket's file (call once per bucket, in order, after the last `addArticle`), and
   * with `gather` returns its entities' evidence.
   */
  settle(bucket: number, gather: true): Map<string, GatheredEvidence>;
  settle(bucket: number, gather: false): undefined;
  settle(bucket: number, gather: boolean): Map<string, GatheredEvidence> | undefined {
    const contributors = this.contributors[bucket]!.map((place) => this.articles[place]!);
    const gatherer = gather ? new Gatherer() : undefined;
    if (contributors.length > 0) {
      const path = evidencePath(bucket);
      const header = JSON.stringify(contributors);
      const key = createHash('sha256').update(header).digest('hex');
      if (this.store.reuse(path, key)) {
        if (gatherer) {
          const lines = fileLines(join(this.store.root, path));
          lines.next(); // the header
          for (const line of lines) if (line !== '') gatherer.add(splitLine(line)[1]);
        }
      } else this.write(bucket, contributors, header, key, gatherer);
    }
    return gatherer?.result();
  }

  /** Removes this build's spilled records (after the last bucket is settled). */
  finish(): void {
    this.fresh.remove();
  }

  /** Writes a bucket's file again, from the old one, this build's records and the records files. */
  private write(
    bucket: number,
    contributors: readonly Contributor[],
    header: string,
    key: string,
    gatherer: Gatherer | undefined,
  ): void {
    const path = evidencePath(bucket);
    const file = join(this.store.root, path);
    const old = new OldEvidence(file);
    const fresh = this.fresh.bucketEntries(bucket);
    let freshNext = fresh.next();
    const out = new LineWriter(file);
    try {
      out.line(header);
      contributors.forEach(([id, key], place) => {
        const put = (record: string) => {
          out.line(`${place}\t${record}`);
          gatherer?.add(record);
        };
        // This build's records come in the dataset's order, tagged with their article.
        let made = false;
        while (!freshNext.done && freshNext.value[1].startsWith(`${id}\t`)) {
          put(freshNext.value[1].slice(id.length + 1));
          freshNext = fresh.next();
          made = true;
        }
        if (made) return;
        const kept = old.take(id, key);
        let step = kept.next();
        for (; !step.done; step = kept.next()) put(step.value);
        if (!step.value) for (const record of recordsInBucket(this.store, id, bucket)) put(record);
      });
    } catch (error) {
      out.abandon();
      throw error;
    } finally {
      old.close();
      fresh.return(undefined);
    }
    this.store.adopt(path, { bytes: out.finish(), written: true }, key);
  }
}
