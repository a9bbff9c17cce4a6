/**
 * Stable IDs: adding articles must not change any ID the seed already had. Builds the seed alone and the seed
 * plus other articles into temporary folders and compares them as two releases would be compared. With
 * ../shared/corpus present, the two corpus articles that may join the dataset are added too (they share
 * people with the seed, so entity resolution across articles is exercised); without it, an invented one.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '@dossier/pipeline';
import { diffDatasets } from './diff/dataset-diff.js';
import { loadSnapshot } from './diff/load.js';
import { computeTombstones } from './tombstones/compute.js';
import { INVENTED_ARTICLE, REPO, SEED } from './workflow.test-helpers.js';

const SEED_ID = '000_5333fd87b6e1a47e';
const CORPUS = join(REPO, '..', 'shared', 'corpus');
const SHARED_ARTICLES = ['08_ywn_paris_hostage_talks.txt', '09_inn_war_cabinet_delegation.txt']
  .map((f) => join(CORPUS, f))
  .filter((f) => existsSync(f));

const tmp = mkdtempSync(join(tmpdir(), 'dossier-stable-ids-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function build(name: string, extra: (rawDir: string) => void) {
  const raw = join(tmp, name, 'raw');
  mkdirSync(raw, { recursive: true });
  cpSync(SEED, join(raw, `${SEED_ID}.txt`));
  extra(raw);
  await buildDataset({ inputDir: raw, outDir: join(tmp, name, 'dist'), version: '1.0.0' });
  return loadSnapshot(join(tmp, name, 'dist'));
}

interface Case {
  label: string;
  addMore: (rawDir: string) => void;
}

const CASES: Case[] = [
  { label: 'an invented article', addMore: (raw) => writeFileSync(join(raw, '900_harbor_wire.txt'), INVENTED_ARTICLE) },
];
if (SHARED_ARTICLES.length) {
  CASES.push({
    label: `the corpus articles ${SHARED_ARTICLES.map((f) => basename(f)).join(', ')}`,
    addMore: (raw) => {
      for (const f of SHARED_ARTICLES) cpSync(f, join(raw, basename(f)));
    },
  });
}

describe('stable IDs across releases', () => {
  it.each(CASES.map((c, i) => [c.label, i] as const))(
    'adding %s keeps every seed ID and every seed row',
    async (_label, i) => {
      const alone = await build(`alone-${i}`, () => {});
      const more = await build(`more-${i}`, CASES[i]!.addMore);
      const diff = diffDatasets(alone, more);

      // No ID the seed-only build had may disappear, in any table (entities included). The tombstones say
      // what each lost ID turned into, which is what a failure needs to show.
      const lost = computeTombstones([], alone, more, diff, 'next').map(
        (t) => `${t.table} ${t.id} (${t.reason}${t.replaced_by ? ` → ${t.replaced_by}` : ''})`,
      );
      expect(lost, 'IDs of the seed-only build that are gone once more articles are added').toEqual([]);

      // The seed's own rows keep their values too, references to entities included.
      const seedRowsChanged = Object.entries(diff.tables)
        .filter(([table]) => table !== 'entities')
        .flatMap(([table, t]) =>
          t.changed
            .filter((c) => c.id.startsWith(`${SEED_ID}#`) || c.id === SEED_ID)
            .map(
              (c) =>
                `${table} ${c.id}: ${c.deltas.map((d) => `${d.field} ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)}`).join(', ')}`,
            ),
        );
      expect(seedRowsChanged).toEqual([]);

      // Something was actually added, so the comparison had material.
      expect(diff.summary.find((s) => s.table === 'articles')!.added).toBeGreaterThan(0);
      for (const [table, t] of Object.entries(more.tables)) {
        const seedIdsBefore = alone.tables[table]!.rows.filter((r) => r.article_id === SEED_ID).map((r) =>
          JSON.stringify(t.primaryKey.map((k) => r[k])),
        );
        const seedIdsAfter = t.rows
          .filter((r) => r.article_id === SEED_ID)
          .map((r) => JSON.stringify(t.primaryKey.map((k) => r[k])));
        expect(seedIdsAfter, `${table}: the seed's IDs`).toEqual(seedIdsBefore);
      }
    },
  );
});
