/**
 * Golden test of the seed article's ingest. The golden file was read by a person once; regenerate it with
 * UPDATE=1 only after reading the diff.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readIngestedArticleSchema } from '@dossier/schema';
import { sliceCodePoints } from '@dossier/core';
import { parseArticle } from './parse.js';
import { toIngestedRecord } from './record.js';

const seedPath = new URL('../../../data/raw/000_5333fd87b6e1a47e.txt', import.meta.url);
const goldenPath = new URL('./__fixtures__/seed.ingested.json', import.meta.url);

describe('seed article ingest', () => {
  const { doc, diagnostics } = parseArticle('000_5333fd87b6e1a47e.txt', readFileSync(seedPath));
  const record = toIngestedRecord(doc!);

  it('parses without problems', () => {
    expect(diagnostics).toEqual([]);
  });

  it('matches the golden file', () => {
    const text = `${JSON.stringify(record, null, 2)}\n`;
    if (process.env.UPDATE || !existsSync(goldenPath)) writeFileSync(goldenPath, text);
    expect(text).toBe(readFileSync(goldenPath, 'utf8'));
  });

  it('conforms to schemas/ingested-article.schema.json', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    (
      (addFormatsModule as unknown as { default?: (a: Ajv2020) => void }).default ??
      (addFormatsModule as unknown as (a: Ajv2020) => void)
    )(ajv);
    const validate = ajv.compile(readIngestedArticleSchema());
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('finds the header, dateline, subheading and 32 sentences', () => {
    expect(record).toMatchObject({
      published: '2024-01-26',
      authors: ['Kevin Liptak', 'Alex Marquardt'],
      outlet: 'CNN',
    });
    expect(record.dateline).toMatchObject({ text: '(CNN)', agency: 'CNN' });
    const subheadings = record.paragraphs
      .filter((p) => p.kind === 'subheading')
      .map((p) => sliceCodePoints(record.body, p.start, p.end));
    expect(subheadings).toEqual(['Obstacles remain']);
    expect(record.sentences).toHaveLength(32);
  });
});
