import { describe, expect, it } from 'vitest';
import { DiagnosticsError, error, formatDiagnostic } from './diagnostics.js';

describe('formatDiagnostic', () => {
  it('names the file, the line, the problem, what was expected and what was found', () => {
    const d = error({
      ruleId: 'ingest/header-date',
      source: 'ingest',
      place: { file: 'a.txt', line: 1 },
      message: 'bad date',
      expected: 'YYYY-MM-DD',
      actual: '2024-2-3',
    });
    expect(formatDiagnostic(d)).toBe(
      'a.txt:1  error  bad date (expected YYYY-MM-DD, found "2024-2-3")  [ingest/header-date]',
    );
  });

  it('places table problems by table, key and column', () => {
    const d = error({
      ruleId: 'validate/foreign-key',
      source: 'validate',
      place: { table: 'mentions', key: 'a#m1-2', column: 'entity_id' },
      message: 'missing',
    });
    expect(formatDiagnostic(d)).toBe('mentions[a#m1-2].entity_id  error  missing  [validate/foreign-key]');
  });

  it('shortens very long found values', () => {
    const d = error({ ruleId: 'r', source: 's', place: { file: 'f' }, message: 'm', actual: 'x'.repeat(200) });
    expect(formatDiagnostic(d).length).toBeLessThan(140);
  });

  it('carries every diagnostic in the error it throws', () => {
    const e = new DiagnosticsError([
      error({ ruleId: 'a', source: 's', place: { file: 'f' }, message: 'one' }),
      error({ ruleId: 'b', source: 's', place: { file: 'g' }, message: 'two' }),
    ]);
    expect(e.diagnostics).toHaveLength(2);
    expect(e.message.split('\n')).toHaveLength(2);
  });
});
