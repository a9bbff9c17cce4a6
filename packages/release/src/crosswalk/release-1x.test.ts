/**
 * The crosswalk from the last 1.x release to a build of the same raw articles: every span row of the
 * release whose article is unchanged and that the build still extracts maps to exactly one new ID, and
 * each pair is the same row (same article, offsets and text). Skips when the repository has no 1.x release.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '@dossier/pipeline';
import { loadSnapshot } from '../diff/load.js';
import { listReleases } from '../store/files.js';
import { makeWorkspace, REPO } from '../workflow.test-helpers.js';
import { runRelease } from '../workflow.js';
import { parseTombstonesCsv } from '../tombstones/csv.js';
import { parseCrosswalkCsv } from './csv.js';
import { computeCrosswalk } from './compute.js';
import { checkCrosswalk } from './csv.js';

const RELEASES = join(REPO, 'data', 'releases');
const last1x = existsSync(RELEASES)
  ? listReleases(RELEASES)
      .filter((v) => v.startsWith('1.'))
      .at(-1)
  : undefined;
const SPAN_TABLES = ['mentions', 'roles', 'temporal_expressions', 'quotes', 'quantities', 'events'];

describe.skipIf(!last1x)('crosswalk from the last 1.x release to the current build', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-crosswalk-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('maps every span row still extracted from an unchanged article to its new ID', async () => {
    await buildDataset({ inputDir: join(REPO, 'data', 'raw'), outDir: tmp, version: '2.0.0' });
    const before = loadSnapshot(join(RELEASES, last1x!));
    const after = loadSnapshot(tmp);
    const crosswalk = computeCrosswalk(before, after);
    expect(checkCrosswalk(crosswalk, join(REPO, 'schemas', 'crosswalk.schema.json'))).toEqual([]);

    const sha = (s: typeof before, id: unknown) => s.tables.articles!.rows.find((r) => r.article_id === id)?.sha256;
    const spanKey = (r: Record<string, unknown>) => JSON.stringify([r.article_id, r.start, r.end, r.text]);
    for (const table of SPAN_TABLES) {
      const [oldKey, newKey] = [before.tables[table]!.primaryKey[0]!, after.tables[table]!.primaryKey[0]!];
      const newBySpan = new Map(after.tables[table]!.rows.map((r) => [spanKey(r), r]));
      const newIds = new Set(after.tables[table]!.rows.map((r) => r[newKey]));
      const mapped = new Map(crosswalk.filter((c) => c.table === table).map((c) => [c.old_id, c.new_id]));
      let expected = 0;
      for (const old of before.tables[table]!.rows) {
        const same = newBySpan.get(spanKey(old));
        if (!same || sha(before, old.article_id) !== sha(after, old.article_id)) continue;
        expected++;
        expect(mapped.get(String(old[oldKey])), `${table} ${String(old[oldKey])}`).toBe(same[newKey]);
      }
      expect(mapped.size, `${table}: pairs`).toBe(expected);
      expect(
        [...mapped.values()].every((id) => newIds.has(id)),
        `${table}: new IDs exist`,
      ).toBe(true);
      expect(new Set(mapped.values()).size, `${table}: no two old IDs share a new one`).toBe(mapped.size);
    }
    expect(crosswalk.length).toBeGreaterThan(0);
  });

  it('dossier release writes crosswalk.csv and id-changed tombstones when cutting 2.0.0 after it', async () => {
    const ws = makeWorkspace('crosswalk-release');
    try {
      cpSync(join(RELEASES, last1x!), join(ws.paths.releases, last1x!), { recursive: true });
      for (const f of readdirSync(join(REPO, 'data', 'raw'))) cpSync(join(REPO, 'data', 'raw', f), join(ws.raw, f));
      ws.setVersion('2.0.0');
      await ws.build();
      const done = await runRelease(ws.paths);
      const folder = join(ws.paths.releases, '2.0.0');
      const crosswalk = parseCrosswalkCsv(readFileSync(join(folder, 'crosswalk.csv'), 'utf8'), 'crosswalk.csv');
      expect(crosswalk).toEqual(computeCrosswalk(loadSnapshot(join(RELEASES, last1x!)), loadSnapshot(ws.paths.dist)));
      const tombstones = parseTombstonesCsv(readFileSync(join(folder, 'tombstones.csv'), 'utf8'), 'tombstones.csv');
      const renamed = tombstones.filter((t) => t.reason === 'id-changed');
      expect(renamed.map((t) => [t.table, t.id, t.replaced_by])).toEqual(
        crosswalk.map((c) => [c.table, c.old_id, c.new_id]),
      );
      expect(done.diff.bump).toBe('major');
      expect(readFileSync(join(folder, 'SHA256SUMS'), 'utf8')).toContain('  crosswalk.csv\n');
    } finally {
      rmSync(ws.paths.root, { recursive: true, force: true });
    }
  });
});
