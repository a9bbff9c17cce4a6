/**
 * A correction after publication: one paragraph of an article is shortened and the article rebuilt. The
 * rows after the edit keep their IDs; the diff reports them as moved, and the whole change is a patch.
 * The article is invented (names and places made up), in the raw article format, written like a wire story.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '@dossier/pipeline';
import { diffDatasets } from './diff/dataset-diff.js';
import { loadSnapshot } from './diff/load.js';
import { renderDiffMarkdown } from './diff/render.js';

const LONG_PARAGRAPH =
  'The talks, which were held behind closed doors in a converted customs house on the edge of the old harbor and were closed to the press, followed weeks of quiet contacts between the two delegations.';
const SHORT_PARAGRAPH = 'The talks followed weeks of quiet contacts between the two delegations.';

const article = (second: string) => ` date 2024-03-04 By Lena Morrow, Harbor Wire

VALMONT, March 4 (Harbor Wire) — Negotiators from Corvania and Estrelle met in Valmont on Monday for a second round of talks on a prisoner exchange, officials said.

${second}

"We are closer than we have been in months," Corvanian Foreign Minister Adela Vance told reporters after the session on Monday.

Estrelle's chief negotiator, Pieter Hollis, said on Sunday that more than 40 detainees could be released within two weeks if the talks hold.

"Nothing is agreed until everything is agreed," Hollis said. The delegations will meet again in Valmont next week, officials said.
`;

const tmp = mkdtempSync(join(tmpdir(), 'dossier-correction-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function build(name: string, text: string) {
  const raw = join(tmp, name, 'raw');
  mkdirSync(raw, { recursive: true });
  writeFileSync(join(raw, '901_harbor_wire.txt'), text);
  await buildDataset({ inputDir: raw, outDir: join(tmp, name, 'dist'), version: '2.0.0' });
  return loadSnapshot(join(tmp, name, 'dist'));
}

describe('a one-paragraph correction', () => {
  it('is a patch: the rows after the edit keep their IDs and are reported as moved', async () => {
    const before = await build('before', article(LONG_PARAGRAPH));
    const after = await build('after', article(SHORT_PARAGRAPH));
    const diff = diffDatasets(before, after, { from: 'published', to: 'corrected' });

    expect(diff.bump, diff.reasons.map((r) => `${r.bump}: ${r.text}`).join('\n')).toBe('patch');
    for (const table of ['mentions', 'temporal_expressions', 'quotes', 'events']) {
      const t = diff.tables[table]!;
      expect({ table, added: t.added, removed: t.removed }).toEqual({ table, added: [], removed: [] });
      expect(t.moved.length, `${table}: rows after the edit`).toBeGreaterThan(0);
    }
    // The article row itself did change: its body, hash and word count.
    expect(diff.tables.articles!.changed.map((c) => c.id)).toEqual(['901_harbor_wire']);
    // Moved means only positions differ, and by exactly the characters the edit removed.
    const shift = SHORT_PARAGRAPH.length - LONG_PARAGRAPH.length;
    for (const row of diff.tables.quotes!.moved) {
      const start = row.deltas.find((d) => d.field === 'start')!;
      expect((start.after as number) - (start.before as number)).toBe(shift);
    }
    expect(renderDiffMarkdown(diff)).toMatch(/### Moved: same ID and values, new offsets \(\d+\)/);
    expect(diff.reasons.map((r) => r.text)).toContain(
      `quotes: ${diff.tables.quotes!.moved.length} rows moved (same ID and values, new offsets)`,
    );
  });
});
