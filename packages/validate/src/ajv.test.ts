import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchemas } from '@dossier/schema';
import { fileURLToPath } from 'node:url';
import { rowValidators, rowValidatorsModule, schemasHash } from './ajv.js';

/** What the build writes beside dist/ajv.js (GENERATED_VALIDATORS_FILE as seen from there). */
const BUILT_MODULE = fileURLToPath(new URL('../dist/row-validators.generated.cjs', import.meta.url));

const folder = mkdtempSync(join(tmpdir(), 'dossier-ajv-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The generated module written to a temporary folder and loaded, as the build's script and a build from dist/ do. */
function loadGenerated(source: string): Record<string, unknown> {
  const file = join(folder, `validators-${Math.random().toString(36).slice(2)}.cjs`);
  writeFileSync(file, source);
  // Resolved from this package, as dist/row-validators.generated.cjs resolves ajv's runtime and ajv-formats.
  return createRequire(import.meta.url)(file) as Record<string, unknown>;
}

type Validate = ((row: unknown) => boolean) & { errors?: unknown[] | null };

describe('generated row validators', () => {
  const generated = loadGenerated(rowValidatorsModule());

  it('export one validator per table, stamped with the hash of the schemas they came from', () => {
    expect(generated.schemasSha256).toBe(schemasHash());
    for (const schema of loadSchemas().tables) expect(typeof generated[schema['x-table']]).toBe('function');
  });

  it('accept and reject the same rows with the same errors as the validators compiled at run time', () => {
    const rows: unknown[] = [
      { article_id: 'a1', source_file: 'a1.txt', outlet: 'Ledger', published: '2024-13-40', authors: '' },
      { article_id: 'bad id', extra: 1 },
      {},
      { mention_id: 7, start: -1, end: Number.POSITIVE_INFINITY, text: null },
    ];
    for (const [table, compiled] of rowValidators()) {
      const fromModule = generated[table] as Validate;
      for (const row of rows) {
        expect(fromModule(row)).toBe(compiled(row));
        expect(fromModule.errors ?? null).toEqual(compiled.errors ?? null);
      }
    }
  });

  it('change when a schema changes, so a stale module is never loaded', () => {
    const before = schemasHash();
    const articles = loadSchemas().tables[0]!;
    const saved = articles.description;
    articles.description = `${saved} (edited)`;
    try {
      expect(schemasHash()).not.toBe(before);
    } finally {
      articles.description = saved;
    }
  });

  // The build writes the module (scripts/write-row-validators.mjs); one written from other schemas or by other
  // code would validate with rules nobody reads in schemas/.
  describe.skipIf(!existsSync(BUILT_MODULE))('the module of a built package', () => {
    it('is what the schemas compile to today', () => {
      expect(readFileSync(BUILT_MODULE, 'utf8')).toBe(rowValidatorsModule());
    });
  });
});
