/** Shared helpers for the hostile-input suite: build a folder of fixtures and check every span. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticsError, type Diagnostic } from '@dossier/core';
import { buildDataset, type BuildResult } from '@dossier/pipeline';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dossier-hostile-${prefix}-`));
}

export type Input = string | { name: string; bytes: Uint8Array | string };

/** A fresh input folder holding the given fixtures (by file name) or generated files. */
export function inputFolder(inputs: Input[]): string {
  const dir = tempDir('in');
  for (const input of inputs) {
    if (typeof input === 'string') copyFileSync(join(FIXTURES, input), join(dir, input));
    else writeFileSync(join(dir, input.name), input.bytes);
  }
  return dir;
}

export type Outcome = { ok: true; result: BuildResult; out: string } | { ok: false; diagnostics: Diagnostic[] };

/** Builds in-process; a DiagnosticsError becomes { ok: false }, anything else is a crash and rethrows. */
export async function build(inputs: Input[]): Promise<Outcome> {
  const out = join(tempDir('out'), 'dist');
  try {
    const result = await buildDataset({ inputDir: inputFolder(inputs), outDir: out, jobs: 1 });
    return { ok: true, result, out };
  } catch (e) {
    if (e instanceof DiagnosticsError) return { ok: false, diagnostics: e.diagnostics };
    throw e;
  }
}

type AnyRow = Record<string, unknown>;

/** Every row with article_id, start, end and text, in every table, with the body it points into. */
export function spanRows(tables: Record<string, AnyRow[]>): Array<{ table: string; row: AnyRow; body: string }> {
  const bodies = new Map(tables.articles!.map((a) => [a.article_id as string, a.body as string]));
  const rows: Array<{ table: string; row: AnyRow; body: string }> = [];
  for (const [table, list] of Object.entries(tables)) {
    for (const row of list) {
      if (typeof row.start === 'number' && typeof row.end === 'number' && typeof row.text === 'string') {
        rows.push({ table, row, body: bodies.get(row.article_id as string)! });
      }
    }
  }
  return rows;
}

/** body[start:end] in Unicode code points, the way a Python or SQL consumer slices. */
export function sliceCodePoints(body: string, start: number, end: number): string {
  return Array.from(body).slice(start, end).join('');
}

export function readOutput(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}
