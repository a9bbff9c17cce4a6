/**
 * Issue 15, item 8: every broken input gets one clear line naming the file (and the line where there is one).
 * Inputs are generated here; every name in them is invented.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '@dossier/core';
import { buildDataset } from '@dossier/pipeline';
import { DiagnosticsError } from '@dossier/core';
import { build, inputFolder, tempDir, type Outcome } from './helpers.js';

const HEADER = 'date 2024-05-14 By Lena Sorvik, Harbour Ledger\n\n';
const BODY = 'The harbour board met on Tuesday.\n\nIt agreed on new fees.\n\nA third paragraph follows.\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

function problems(outcome: Outcome) {
  expect(outcome.ok, 'the build should have failed').toBe(false);
  return outcome.ok ? [] : outcome.diagnostics;
}

function onlyProblem(outcome: Outcome, ruleId: string) {
  const found = problems(outcome).find((d) => d.ruleId === ruleId);
  expect(
    found,
    `no ${ruleId} among ${problems(outcome)
      .map((d) => d.ruleId)
      .join(', ')}`,
  ).toBeDefined();
  return found!;
}

/** The article with `bad` bytes spliced into line 5 ("It agreed…"), and more lines after it. */
function withBadBytes(bad: number[]): Uint8Array {
  const [before, after] = [
    utf8(`${HEADER}The harbour board met on Tuesday.\n\nIt agreed `),
    utf8(' on new fees.\n\nA third paragraph follows.\n'),
  ];
  return new Uint8Array([...before, ...bad, ...after]);
}

describe('bad UTF-8 is reported on its own line and column', () => {
  const cases: Array<[string, number[]]> = [
    ['an overlong two-byte "/" (C0 AF)', [0xc0, 0xaf]],
    ['an overlong three-byte "/" (E0 80 AF)', [0xe0, 0x80, 0xaf]],
    ['CESU-8, a surrogate pair encoded as two three-byte sequences', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]],
    ['a lone low surrogate (ED B0 80)', [0xed, 0xb0, 0x80]],
    ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
  ];
  for (const [label, bad] of cases) {
    it(label, async () => {
      const d = onlyProblem(await build([{ name: 'bad.txt', bytes: withBadBytes(bad) }]), 'ingest/not-utf8');
      // "It agreed " is 10 bytes, so the bad sequence starts at byte column 11 of line 5.
      expect(d.place).toEqual({ file: 'bad.txt', line: 5, column: 11 });
    });
  }
});

describe('sources.json', () => {
  const article = { name: 'a.txt', bytes: `${HEADER}${BODY}` };
  it('not JSON: names sources.json and the line', async () => {
    const d = onlyProblem(
      await build([article, { name: 'sources.json', bytes: '{\n  "a.txt": {"title": }\n}\n' }]),
      'ingest/sources-json',
    );
    expect(d.place).toEqual({ file: 'sources.json', line: 2 });
    expect(formatDiagnostic(d)).toMatch(/^sources\.json:2 {2}error {2}sources\.json is not valid JSON/);
  });

  it('null: names sources.json and says an object is expected', async () => {
    const d = onlyProblem(await build([article, { name: 'sources.json', bytes: 'null\n' }]), 'ingest/sources-json');
    expect(d.message).toMatch(/must be a JSON object keyed by file name/);
    expect(d.actual).toBe('null');
  });

  it('a title that is not a string, an entry that is not an object', async () => {
    const outcome = await build([
      article,
      { name: 'sources.json', bytes: '{\n  "a.txt": {"title": 5},\n  "b.txt": "x"\n}\n' },
    ]);
    const found = problems(outcome).filter((d) => d.ruleId === 'ingest/sources-json');
    expect(found.map((d) => [d.place, d.message])).toEqual([
      [{ file: 'sources.json', line: 2 }, 'the title of "a.txt" is not a string'],
      [{ file: 'sources.json', line: 3 }, 'the entry for "b.txt" is not an object'],
    ]);
  });
});

describe('files that look like articles', () => {
  it('an empty file is reported as "empty file", not as a bad header', async () => {
    const d = onlyProblem(await build([{ name: 'empty.txt', bytes: new Uint8Array() }]), 'ingest/empty-file');
    expect(d.place).toEqual({ file: 'empty.txt' });
    expect(d.message).toMatch(/^empty file/);
  });

  it('UPPER.TXT is an article like any .txt file (the extension is read in any case)', async () => {
    const outcome = await build([{ name: 'UPPER.TXT', bytes: `${HEADER}${BODY}` }]);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.tables!.articles.map((a) => a.article_id)).toEqual(['UPPER']);
  });

  it('a folder named x.txt is reported, not skipped', async () => {
    const input = inputFolder([{ name: 'a.txt', bytes: `${HEADER}${BODY}` }]);
    mkdirSync(join(input, 'x.txt'));
    const d = await refusedBuild(input, 'ingest/not-a-file');
    expect(d.place).toEqual({ file: 'x.txt' });
  });

  it('a symbolic link out of the input folder is refused, and nothing of its target is printed', async () => {
    const outside = tempDir('secret');
    writeFileSync(join(outside, 'secret.txt'), 'top-secret-first-line\n');
    const input = inputFolder([{ name: 'a.txt', bytes: `${HEADER}${BODY}` }]);
    symlinkSync(join(outside, 'secret.txt'), join(input, 'link.txt'));
    const d = await refusedBuild(input, 'ingest/link-outside-input');
    expect(d.place).toEqual({ file: 'link.txt' });
    expect(formatDiagnostic(d)).not.toContain('top-secret');
  });

  it('control characters in a file name are escaped in the message', async () => {
    const name = 'bad\u001b[31mred\u0007.txt';
    const d = onlyProblem(await build([{ name, bytes: 'no header here\n' }]), 'ingest/header-format');
    const line = formatDiagnostic(d);
    expect(line).toContain('bad\\x1B[31mred\\x07.txt:1');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test asserts that no control character is left.
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('header values', () => {
  it('";" separates authors, so the authors column is never ambiguous', async () => {
    const outcome = await build([
      { name: 'a.txt', bytes: `date 2024-05-14 By Lena Sorvik; Tomas Brandt, Harbour Ledger\n\n${BODY}` },
    ]);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.tables!.articles[0]!.authors).toBe('Lena Sorvik; Tomas Brandt');
  });

  it('years 0001–0099 are real dates', async () => {
    const outcome = await build([
      { name: 'a.txt', bytes: `date 0050-03-01 By Lena Sorvik, Harbour Ledger\n\n${BODY}` },
    ]);
    if (!outcome.ok) throw new Error(outcome.diagnostics.map(formatDiagnostic).join('\n'));
    expect(outcome.result.tables!.articles[0]!.published).toBe('0050-03-01');
  });

  it('a byline with 50,000 spaces is read (the header parser is linear; its time is in the benchmark)', async () => {
    const outcome = await build([
      {
        name: 'a.txt',
        bytes: `date 2024-05-14 By Lena${' '.repeat(50_000)}Sorvik and  Tomas Brandt, Harbour Ledger\n\n${BODY}`,
      },
    ]);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.tables!.articles[0]!.authors).toBe('Lena Sorvik; Tomas Brandt');
  });
});

async function refusedBuild(input: string, ruleId: string) {
  const error = await buildDataset({ inputDir: input, outDir: join(tempDir('out'), 'dist'), jobs: 1 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DiagnosticsError);
  const found = (error as DiagnosticsError).diagnostics.find((d) => d.ruleId === ruleId);
  expect(found, `no ${ruleId}`).toBeDefined();
  return found!;
}
