import { describe, expect, it } from 'vitest';
import { isRealDate, parseHeader, splitAuthors } from './header.js';

describe('parseHeader', () => {
  it('reads date, authors and outlet, with or without a leading space', () => {
    for (const line of [
      ' date 2024-03-05 By Ana Ruiz and Tom Bell, Daily Ledger',
      'date 2024-03-05 By Ana Ruiz and Tom Bell, Daily Ledger',
    ]) {
      expect(parseHeader(line, 'a.txt').header).toEqual({
        published: '2024-03-05',
        authors: ['Ana Ruiz', 'Tom Bell'],
        outlet: 'Daily Ledger',
      });
    }
  });

  it('splits three authors and treats "By Staff" as no named author', () => {
    expect(parseHeader(' date 2023-11-04 By A One, B Two and C Three, World Wire', 'a.txt').header?.authors).toEqual([
      'A One',
      'B Two',
      'C Three',
    ]);
    expect(parseHeader(' date 2024-02-23 By Staff, Harbour News', 'a.txt').header).toEqual({
      published: '2024-02-23',
      authors: [],
      outlet: 'Harbour News',
    });
  });

  it('reports a missing header with what was expected and found', () => {
    const { header, diagnostics } = parseHeader('Talks resume in Doha', 'x.txt');
    expect(header).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'ingest/header-format',
      place: { file: 'x.txt', line: 1 },
      actual: 'Talks resume in Doha',
    });
  });

  it('rejects impossible and malformed dates', () => {
    expect(parseHeader(' date 2024-02-30 By A, Out', 'x.txt').diagnostics[0]).toMatchObject({
      ruleId: 'ingest/impossible-date',
      actual: '2024-02-30',
    });
    expect(parseHeader(' date 24-2-3 By A, Out', 'x.txt').diagnostics[0]).toMatchObject({
      ruleId: 'ingest/header-date',
    });
  });

  it('needs an outlet after the byline', () => {
    expect(parseHeader(' date 2024-01-01 By Ana Ruiz', 'x.txt').diagnostics[0]).toMatchObject({
      ruleId: 'ingest/header-outlet',
    });
  });
});

describe('isRealDate and splitAuthors', () => {
  it('knows leap years', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
  });
  it('accepts an ampersand between authors', () => {
    expect(splitAuthors('Ana Ruiz & Tom Bell')).toEqual(['Ana Ruiz', 'Tom Bell']);
  });
});
