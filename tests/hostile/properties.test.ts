/**
 * Properties of the whole build for arbitrary text under a valid header (fast-check):
 * - it never crashes: it either builds or fails with diagnostics (a DiagnosticsError), never another exception;
 * - every span in every table round-trips: body[start:end] == text in code points;
 * - it is deterministic: the same input builds byte-identical output twice.
 * The text mixes news-like pieces (names, titles, dates, numbers, quotation marks, datelines) with arbitrary
 * Unicode, white space and line breaks, so the extractors meet both plausible and absurd input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build, readOutput, sliceCodePoints, spanRows, type Input } from './helpers.js';

const HEADER = 'date 2024-05-14 By Lena Sorvik and Paul Imbert, Harbour Ledger\n\n';

const newsPiece = fc.constantFrom(
  'Harbour minister Ines Ferreira',
  'said',
  'told reporters',
  'on Tuesday',
  'on May 12, 2024',
  'last week',
  'in 2019',
  'next month',
  '"We are close,"',
  '“a deal”',
  '"',
  '“',
  '”',
  '‘',
  "'",
  ',',
  '.',
  '?',
  '!',
  ';',
  ' — ',
  '(Meridian Wire)',
  'PORT ELLIS',
  'President Tomas Lindqvist of Valdoria',
  'the United Nations',
  'UN',
  '12',
  '3,400',
  '40%',
  '$1.5 billion',
  'about 200 people',
  'Mr.',
  'Dr',
  'al-',
  "O'Neill",
  'killed',
  'met',
  'announced',
  'would meet',
  'has not',
  '🚢',
  '👨‍👩‍👧',
  '𝐁',
  '\u200b',
  '\t',
);
const arbitrary = fc.string({ unit: 'grapheme', maxLength: 12 });
const lineBreak = fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n\n\n');
const piece = fc.oneof(
  { weight: 6, arbitrary: newsPiece },
  { weight: 2, arbitrary: arbitrary },
  { weight: 1, arbitrary: lineBreak },
);
const bodyText = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(' '));

async function builtOrRefused(inputs: Input[]) {
  // build() rethrows anything that is not a DiagnosticsError, which fails the property.
  return build(inputs);
}

describe('the build on arbitrary text with a valid header', () => {
  it('never crashes, and every span round-trips in code points', async () => {
    let built = 0;
    let spans = 0;
    await fc.assert(
      fc.asyncProperty(bodyText, async (body) => {
        const outcome = await builtOrRefused([{ name: 'arbitrary.txt', bytes: HEADER + body }]);
        if (!outcome.ok) {
          for (const d of outcome.diagnostics) expect(d.place).toMatchObject({ file: 'arbitrary.txt' });
          return;
        }
        built++;
        const tables = outcome.result.tables as unknown as Record<string, Array<Record<string, unknown>>>;
        spans += spanRows(tables).length;
        for (const { table, row, body: text } of spanRows(tables)) {
          expect(sliceCodePoints(text, row.start as number, row.end as number), `${table} ${JSON.stringify(row)}`).toBe(
            row.text,
          );
        }
      }),
      { numRuns: 60 },
    );
    // Guards against a generator that only produces refused articles, which would make the property empty.
    expect(built).toBeGreaterThan(30);
    expect(spans).toBeGreaterThan(0);
  });

  it('gives byte-identical output when built twice, also for several articles at once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bodyText, { minLength: 1, maxLength: 3 }), async (bodies) => {
        const inputs = bodies.map((b, i) => ({ name: `a${i}.txt`, bytes: `${HEADER}${b} (${i})` }));
        const first = await builtOrRefused(inputs);
        const second = await builtOrRefused(inputs);
        expect(second.ok).toBe(first.ok);
        if (first.ok && second.ok) expect(readOutput(second.out)).toEqual(readOutput(first.out));
        if (!first.ok && !second.ok) expect(second.diagnostics).toEqual(first.diagnostics);
      }),
      { numRuns: 25 },
    );
  });
});
