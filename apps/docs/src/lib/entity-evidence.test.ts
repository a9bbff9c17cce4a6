import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordsPath } from './article-work.ts';
import { EntityEvidence, evidencePath, type GatheredEvidence } from './entity-evidence.ts';
import { MIN_ENTITY_BUCKETS } from './entity-buckets.ts';
import { ShardStore } from './shard-store.ts';
import { spillBucketOf } from './stream/record-spill.ts';

const made: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-evidence-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Two made-up articles: each mentions the same person, and the second also quotes her. */
const ARTICLES: Record<string, Array<[string, string]>> = {
  a1: [['person:ines-vale', '{"k":"mention","e":"person:ines-vale","id":"a1-m1"}']],
  a2: [
    ['person:ines-vale', '{"k":"mention","e":"person:ines-vale","id":"a2-m1"}'],
    ['person:ines-vale', '{"k":"quote","e":"person:ines-vale","note":"Said on Monday."}'],
  ],
};
const BUCKET = spillBucketOf('person:ines-vale');

/** Writes each article's records file into the store under its key, as the article job does: its summary, then its records. */
function writeRecordsFiles(store: ShardStore): void {
  for (const [id, records] of Object.entries(ARTICLES)) {
    const summary = JSON.stringify({ entityIds: ['person:ines-vale'], dated: [] });
    store.write(recordsPath(id), `${summary}\n${records.map(([, line]) => `${line}\n`).join('')}`, `key-${id}`);
  }
}

/** One step over the articles in `order`; `made` lists those made in this step (the others are kept). */
function step(root: string, order: string[], made: ReadonlySet<string>): Map<string, GatheredEvidence> {
  const store = new ShardStore(root);
  writeRecordsFiles(store);
  const evidence = new EntityEvidence(store, join(dirname(root), `spill-${made.size}-${order.join('-')}`));
  for (const id of order)
    evidence.addArticle(id, `key-${id}`, ['person:ines-vale'], made.has(id) ? ARTICLES[id] : undefined);
  let gathered = new Map<string, GatheredEvidence>();
  for (let bucket = 0; bucket < MIN_ENTITY_BUCKETS; bucket++)
    if (bucket === BUCKET) gathered = evidence.settle(bucket, true);
    else evidence.settle(bucket, false);
  evidence.finish();
  store.finish();
  return gathered;
}

describe('EntityEvidence', () => {
  it('gathers an entity’s records in the articles’ order, with its totals', () => {
    const root = join(fresh(), 'store');
    const gathered = step(root, ['a1', 'a2'], new Set(['a1', 'a2']));
    expect(gathered.get('person:ines-vale')).toEqual({
      records: [ARTICLES.a1![0]![1], ARTICLES.a2![0]![1], ARTICLES.a2![1]![1]],
      totals: { mentions: 2, quotes: 1 },
    });
  });

  it('keeps an unchanged bucket and patches one whose articles moved, reading the moved article’s records file', () => {
    const cold = join(fresh(), 'store');
    const expected = step(cold, ['a2', 'a1'], new Set(['a1', 'a2']));
    const warm = join(fresh(), 'store');
    step(warm, ['a1', 'a2'], new Set(['a1', 'a2']));
    // Nothing made: the old file holds a1 before a2, so a1 is read from its records file.
    expect(step(warm, ['a2', 'a1'], new Set())).toEqual(expected);
    const file = (root: string) => readFileSync(join(root, evidencePath(BUCKET)), 'utf8');
    expect(file(warm)).toBe(file(cold));
    // Same articles, same keys: the file is kept as it is.
    expect(step(warm, ['a2', 'a1'], new Set())).toEqual(expected);
    expect(file(warm)).toBe(file(cold));
  });
});
