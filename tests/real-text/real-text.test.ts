/**
 * Every article of the benchmark corpora builds, with no article quarantined, into a dataset that
 * validates. Each source is skipped when its folder is absent (a fresh clone has no ../shared); nothing is
 * read or built while the tests are being collected.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic } from '@dossier/core';
import { buildDataset } from '@dossier/pipeline';
import { readDataset, validateTables } from '@dossier/validate';
import { BENCHMARK_SOURCES } from './sources.js';

const BUILD_TIMEOUT = 20 * 60_000;

for (const source of BENCHMARK_SOURCES) {
  describe.skipIf(!existsSync(source.dir))(`real text: ${source.name}`, () => {
    it(
      'builds every article, quarantines none, and writes a valid dataset',
      async () => {
        const input = mkdtempSync(join(tmpdir(), 'dossier-real-in-'));
        const out = join(mkdtempSync(join(tmpdir(), 'dossier-real-out-')), 'dataset');
        source.write(source.dir, input);
        const result = await buildDataset({ inputDir: input, outDir: out });
        expect(result.quarantined.map((q) => `${q.source_file}: ${q.message} [${q.rule}]`)).toEqual([]);
        expect(result.articles).toBeGreaterThan(0);
        const { tables, diagnostics } = readDataset(out);
        expect([...diagnostics, ...validateTables(tables)].map(formatDiagnostic)).toEqual([]);
      },
      BUILD_TIMEOUT,
    );
  });
}
