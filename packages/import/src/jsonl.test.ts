import { describe, expect, it } from 'vitest';
import { parseJsonLines } from './jsonl.js';

const line = (o: object) => JSON.stringify(o);
const good = {
  text: 'First paragraph of the report.\n\nSecond paragraph of the report.',
  published: '2024-06-01T09:00:00+02:00',
  authors: ['Pell Orrin'],
  outlet: 'Valley Courier',
  url: 'https://courier.example/a',
  title: 'Bridge reopens',
};

describe('parseJsonLines', () => {
  it('imports each valid line with the documented fields', () => {
    const [o] = parseJsonLines(line(good), 'feed.jsonl');
    expect(o!.article).toMatchObject({
      title: 'Bridge reopens',
      published: '2024-06-01',
      authors: ['Pell Orrin'],
      outlet: 'Valley Courier',
      paragraphs: ['First paragraph of the report.', 'Second paragraph of the report.'],
      sourceLine: 1,
    });
  });

  it('accepts "body" for "text", a byline string for "authors", and the URL host for a missing outlet', () => {
    const [o] = parseJsonLines(
      line({
        body: 'Only paragraph.',
        published: '2024-06-02',
        authors: 'Pell Orrin and Sade Vint',
        url: 'https://www.courier.example/b',
      }),
      'f.jsonl',
    );
    expect(o!.article).toMatchObject({ authors: ['Pell Orrin', 'Sade Vint'], outlet: 'courier.example' });
  });

  it('reports a bad line with its number and imports the rest', () => {
    const text = [
      line(good),
      '{not json',
      '',
      line({ ...good, published: 'last Tuesday' }),
      line({ ...good, text: '' }),
      line({ ...good, url: 'https://courier.example/c' }),
    ].join('\n');
    const outcomes = parseJsonLines(text, 'feed.jsonl');
    expect(outcomes.filter((o) => o.article).map((o) => o.line)).toEqual([1, 6]);
    expect(outcomes.filter((o) => o.refusal).map((o) => o.refusal!.message)).toEqual([
      expect.stringMatching(/^feed\.jsonl:2: the line is not valid JSON/),
      expect.stringMatching(/^feed\.jsonl:4: "published" is "last Tuesday", not a date/),
      expect.stringMatching(/^feed\.jsonl:5: no article text/),
    ]);
  });

  it('refuses a line without a date unless --date gives one', () => {
    const undated = line({ text: 'Text.', outlet: 'Valley Courier' });
    expect(parseJsonLines(undated, 'f.jsonl')[0]!.refusal?.message).toMatch(
      /no "published" date; give the day with --date/,
    );
    expect(parseJsonLines(undated, 'f.jsonl', '2024-01-09')[0]!.article?.published).toBe('2024-01-09');
  });
});
