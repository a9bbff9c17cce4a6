import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.js';
import { readGold } from './read-gold.js';
import { GOLD } from './fixture.test-helpers.js';

describe('parseGold', () => {
  it('accepts a well-formed gold file', () => {
    expect(parseGold(JSON.parse(JSON.stringify(GOLD)), 'a1.gold.json')).toMatchObject({ diagnostics: [] });
  });
  it('names the file and the field of a malformed one', () => {
    const broken = { ...GOLD, timexes: [{ text: 'Tuesday', nth: 0, type: 'DAY', value: '2025-03-04' }] };
    const { gold, diagnostics } = parseGold(broken, 'a1.gold.json');
    expect(gold).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toEqual([
      'gold /timexes/0/nth must be >= 1',
      'gold /timexes/0/type must be equal to one of the allowed values',
    ]);
    expect(diagnostics[0]!.place).toEqual({ file: 'a1.gold.json' });
    expect(diagnostics[0]!.actual).toBe('0');
  });
});

describe('readGold', () => {
  it('reads every *.gold.json of a folder and checks the article name against the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-gold-'));
    try {
      writeFileSync(join(dir, 'a1.gold.json'), JSON.stringify(GOLD));
      writeFileSync(join(dir, 'b2.gold.json'), JSON.stringify(GOLD));
      writeFileSync(join(dir, 'c3.gold.json'), '{ not json');
      writeFileSync(join(dir, 'notes.json'), '{}');
      const { golds, diagnostics } = readGold(dir);
      expect(golds.map((g) => g.file)).toEqual(['a1.gold.json']);
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['gold/article-name', 'gold/json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
