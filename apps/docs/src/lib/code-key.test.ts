import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeKey } from './code-key.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small site code folder: one library module and one prose page. */
function codeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-code-key-'));
  made.push(dir);
  mkdirSync(join(dir, 'lib'));
  mkdirSync(join(dir, 'content/docs'), { recursive: true });
  writeFileSync(join(dir, 'lib/shard.ts'), 'export const shard = 1;\n');
  writeFileSync(join(dir, 'content/docs/guide.md'), '# A guide\n');
  return dir;
}

describe('codeKey', () => {
  it('changes when a module the data step runs changes', () => {
    const dir = codeFolder();
    const before = codeKey(dir);
    writeFileSync(join(dir, 'lib/shard.ts'), 'export const shard = 2;\n');
    expect(codeKey(dir)).not.toBe(before);
  });

  it('stays the same when only a prose page changes or is added', () => {
    const dir = codeFolder();
    const before = codeKey(dir);
    writeFileSync(join(dir, 'content/docs/guide.md'), '# A guide, edited\n');
    writeFileSync(join(dir, 'content/docs/new.md'), '# Another guide\n');
    expect(codeKey(dir)).toBe(before);
  });

  it('counts a module whose name only starts like the prose folder', () => {
    const dir = codeFolder();
    const before = codeKey(dir);
    writeFileSync(join(dir, 'content.config.ts'), 'export const collections = {};\n');
    expect(codeKey(dir)).not.toBe(before);
  });
});
