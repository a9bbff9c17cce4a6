/** `dossier build --gold DIR --benchmarks FILE`: the committed out-of-sample figures lead the quality files. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-helpers.js';
import { readBenchmarks } from './eval-benchmarks.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SEED = '000_5333fd87b6e1a47e';
const COMMITTED = join(ROOT, 'data/benchmarks.json');

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));

describe('dossier build --benchmarks', () => {
  it('ships the committed figures in quality.json and puts them first in quality.md', async () => {
    const input = temp('bench-in');
    copyFileSync(join(ROOT, 'data/raw', `${SEED}.txt`), join(input, `${SEED}.txt`));
    const out = join(temp('bench-out'), 'dist');
    const run = await runCli([
      'build',
      '--input',
      input,
      '--out',
      out,
      '--gold',
      join(ROOT, 'data/gold'),
      '--benchmarks',
      COMMITTED,
      '--quiet',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const quality = JSON.parse(readFileSync(join(out, 'quality.json'), 'utf8'));
    expect(quality.benchmarks).toEqual(JSON.parse(readFileSync(COMMITTED, 'utf8')));
    expect(quality.gold_is).toBe('articles the pipeline was developed on');
    const md = readFileSync(join(out, 'quality.md'), 'utf8');
    expect(md.indexOf('## Out of sample')).toBeGreaterThan(0);
    expect(md.indexOf('## In sample')).toBeGreaterThan(md.indexOf('## Out of sample'));
  });

  it('refuses --benchmarks without --gold', async () => {
    const run = await runCli([
      'build',
      '--input',
      temp('bench-in'),
      '--out',
      join(temp('bench-out'), 'dist'),
      '--benchmarks',
      COMMITTED,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--benchmarks goes with --gold');
  });

  it('names the file when it is not a benchmarks file', () => {
    const file = join(temp('bench-bad'), 'benchmarks.json');
    writeFileSync(file, JSON.stringify({ format: 'something-else' }));
    expect(() => readBenchmarks(file)).toThrow(`${file}: expected a "dossier-benchmarks/1" file`);
    writeFileSync(file, '{ not json');
    expect(() => readBenchmarks(file)).toThrow(`${file}: cannot read the benchmark figures`);
  });

  it('the committed file lists every benchmark with a licence and the development note', () => {
    const file = readBenchmarks(COMMITTED);
    expect(file.benchmarks.map((b) => b.id)).toEqual(
      expect.arrayContaining(['meantime', 'conll2003-dev', 'tempeval3', 'polnear-dev', 'news-html']),
    );
    for (const b of file.benchmarks) expect(b.development_note).toMatch(/used in development/i);
  });
});
