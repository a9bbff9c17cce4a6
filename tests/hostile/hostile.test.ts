/**
 * The hostile-input suite: odd and broken articles, each with its expected outcome — either a clear error
 * naming the rule, the file and the line, or a dataset whose spans all round-trip. README.md lists them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '@dossier/pipeline';
import { FIXTURES, build, sliceCodePoints, spanRows, type Outcome } from './helpers.js';

function expectError(outcome: Outcome, expected: { ruleId: string; file: string; line?: number; column?: number }) {
  expect(outcome.ok, 'the build should have failed').toBe(false);
  if (outcome.ok) return;
  const found = outcome.diagnostics.find((d) => d.ruleId === expected.ruleId);
  expect(found, `no ${expected.ruleId} among ${outcome.diagnostics.map((d) => d.ruleId).join(', ')}`).toBeDefined();
  expect(found!.place).toMatchObject({
    file: expected.file,
    ...(expected.line ? { line: expected.line } : {}),
    ...(expected.column ? { column: expected.column } : {}),
  });
  expect(found!.message.length).toBeGreaterThan(10);
}

function expectBuilt(outcome: Outcome) {
  if (!outcome.ok)
    throw new Error(`the build failed: ${outcome.diagnostics.map((d) => `${d.ruleId} ${d.message}`).join('; ')}`);
  const tables = outcome.result.tables as unknown as Record<string, Array<Record<string, unknown>>>;
  for (const { table, row, body } of spanRows(tables)) {
    expect(sliceCodePoints(body, row.start as number, row.end as number), `${table} ${JSON.stringify(row)}`).toBe(
      row.text,
    );
  }
  return { tables, spans: spanRows(tables), out: outcome.out };
}

/** Invented news paragraphs with dates, a quote, numbers and an emoji, until the text has `bytes` bytes. */
function newsText(bytes: number): string {
  const paragraph = (i: number) =>
    `Harbour minister Ines Ferreira said on Tuesday, May ${1 + (i % 28)}, 2024, that ${i % 50} officials from Valdoria would meet again, adding: "We are close to a deal." 🚢`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    parts.push(paragraph(i));
    size += Buffer.byteLength(paragraph(i)) + 2;
  }
  return `date 2024-05-14 By Lena Sorvik, Harbour Ledger\n\n${parts.join('\n\n')}\n`;
}

const fixture = (name: string) => readFileSync(join(FIXTURES, name));

describe('articles that must be refused with a clear error', () => {
  it('no header: ingest/header-format on line 1', async () => {
    expectError(await build(['no-header.txt']), { ruleId: 'ingest/header-format', file: 'no-header.txt', line: 1 });
  });

  it('an impossible date (2024-02-30): ingest/impossible-date on line 1', async () => {
    const outcome = await build(['bad-date.txt']);
    expectError(outcome, { ruleId: 'ingest/impossible-date', file: 'bad-date.txt', line: 1 });
    if (!outcome.ok) expect(outcome.diagnostics[0]!.actual).toBe('2024-02-30');
  });

  it('an empty body (only white space after the header): ingest/empty-body on line 3', async () => {
    expectError(await build(['empty-body.txt']), { ruleId: 'ingest/empty-body', file: 'empty-body.txt', line: 3 });
  });

  it('Latin-1 bytes: ingest/not-utf8 at the line and byte column of the first bad byte', async () => {
    // "René" on line 3: "The mayor of Port Ellis, Ren" is 28 bytes, so é is byte column 29.
    expectError(await build(['latin1.txt']), { ruleId: 'ingest/not-utf8', file: 'latin1.txt', line: 3, column: 29 });
  });

  it('a UTF-8 byte-order mark: ingest/bom on line 1, column 1', async () => {
    expectError(await build(['bom.txt']), { ruleId: 'ingest/bom', file: 'bom.txt', line: 1, column: 1 });
  });

  it('a NUL byte: ingest/nul-byte on its line', async () => {
    const bytes = new TextEncoder().encode(
      'date 2024-05-14 By Lena Sorvik, Harbour Ledger\n\nFirst paragraph.\n\nSecond\u0000 paragraph.\n',
    );
    expectError(await build([{ name: 'nul.txt', bytes }]), { ruleId: 'ingest/nul-byte', file: 'nul.txt', line: 5 });
  });

  it('the same article twice under two names: ingest/duplicate-article names the second copy', async () => {
    const bytes = fixture('crlf.txt');
    expectError(
      await build([
        { name: 'a.txt', bytes },
        { name: 'b.txt', bytes },
      ]),
      { ruleId: 'ingest/duplicate-article', file: 'b.txt' },
    );
  });

  it('two file names that differ only in case (both exist on Linux): ingest/duplicate-id', async () => {
    const outcome = await build([
      { name: 'Harbour-Talks.txt', bytes: fixture('crlf.txt') },
      { name: 'harbour-talks.txt', bytes: fixture('emoji-before-spans.txt') },
    ]);
    // Files are read in code-unit order, so the upper-case name comes first and the second is flagged.
    expectError(outcome, { ruleId: 'ingest/duplicate-id', file: 'harbour-talks.txt' });
  });

  it('a 10 MB article: pipeline/article-too-large naming the line where the 1 MiB limit is crossed', async () => {
    const text = newsText(10 * 1024 * 1024);
    const bytes = Buffer.from(text);
    expect(bytes.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const lineOfLimit = bytes.subarray(0, MAX_ARTICLE_BYTES).toString('latin1').split('\n').length;
    const outcome = await build([{ name: 'ten-megabytes.txt', bytes }]);
    expectError(outcome, { ruleId: 'pipeline/article-too-large', file: 'ten-megabytes.txt', line: lineOfLimit });
  });

  it('lists every bad file of a folder at once, not only the first', async () => {
    const outcome = await build(['no-header.txt', 'bad-date.txt', 'bom.txt', 'crlf.txt']);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.diagnostics.map((d) => ('file' in d.place ? d.place.file : undefined)).sort()).toEqual([
        'bad-date.txt',
        'bom.txt',
        'no-header.txt',
      ]);
  });
});

describe('odd articles that must build correctly', () => {
  it('CRLF and mixed CRLF/LF/CR line endings give the same body as LF, with the same paragraph lines', async () => {
    const outcome = await build(['crlf.txt', 'mixed-line-endings.txt']);
    const { tables } = expectBuilt(outcome);
    const [crlf, mixed] = tables.articles!;
    expect(crlf!.body).not.toMatch(/\r/);
    expect(mixed!.body).toBe(crlf!.body);
    expect(crlf!.paragraph_count).toBe(3);
    expect(mixed!.paragraph_count).toBe(3);
  });

  it('control and zero-width characters are kept verbatim and spans still round-trip', async () => {
    const { tables } = expectBuilt(await build(['control-and-zero-width.txt']));
    const body = tables.articles![0]!.body as string;
    for (const ch of ['\u200b', '\u200d', '\u2060', '\u0007', '\u000b', '\u001b', '\u200e', '\u200f'])
      expect(body).toContain(ch);
  });

  it('emoji, flags, ZWJ sequences and astral letters before spans: offsets count code points', async () => {
    const { tables, spans } = expectBuilt(await build(['emoji-before-spans.txt']));
    const body = tables.articles![0]!.body as string;
    // The fixture has more UTF-16 units than code points, so a UTF-16 offset would fail the round trip above.
    expect(body.length).toBeGreaterThanOrEqual(Array.from(body).length + 10);
    expect(spans.length, 'the fixture has dates, a quote and a number, so some span must be extracted').toBeGreaterThan(
      0,
    );
    expect(spans.some(({ row }) => (row.start as number) > 20)).toBe(true);
  });

  it('unbalanced quotation marks do not crash extraction and spans round-trip', async () => {
    expectBuilt(await build(['unbalanced-quotes.txt']));
  });

  it('200 paragraphs without punctuation build, one paragraph each', async () => {
    const { tables } = expectBuilt(await build(['no-punctuation.txt']));
    expect(tables.articles![0]!.paragraph_count).toBe(200);
  });

  it('HTML and <script> are text: kept verbatim in the body, never interpreted or stripped', async () => {
    const { tables, out } = expectBuilt(await build(['html-and-script.txt']));
    expect(tables.articles![0]!.body).toContain('<script>alert("x") ; document.cookie</script>');
    const json = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as Array<{ body: string }>;
    expect(json[0]!.body).toBe(tables.articles![0]!.body);
  });

  it('a long article (over 64 KB, hundreds of paragraphs) builds and its spans round-trip', async () => {
    const text = newsText(64 * 1024);
    const { tables, spans } = expectBuilt(await build([{ name: 'long.txt', bytes: text }]));
    expect(tables.articles![0]!.paragraph_count).toBe(text.split('\n\n').length - 1);
    expect(spans.length).toBeGreaterThan(0);
  });
});
