import { describe, expect, it } from 'vitest';
import { articleIdOf, countWords, parseArticle } from './parse.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseArticle', () => {
  it('keeps the body exactly: after the header and its blank line, trailing white space trimmed', () => {
    const { doc, diagnostics } = parseArticle(
      '001_a.txt',
      utf8(' date 2024-05-02 By Ana Ruiz, Ledger\n\n(AP) — Talks began.\n\nThey ended.\n\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(doc!.body).toBe('(AP) — Talks began.\n\nThey ended.');
    expect(doc!.dateline?.text).toBe('(AP)');
    expect(doc!.paragraphs.map((p) => p.line)).toEqual([3, 5]);
    expect(doc!.sentences).toHaveLength(2);
  });

  it('accepts CRLF files and gives the same body as LF files', () => {
    const lf = parseArticle('a.txt', utf8('date 2024-05-02 By A, B\n\nOne.\n\nTwo.')).doc!;
    const crlf = parseArticle('a.txt', utf8('date 2024-05-02 By A, B\r\n\r\nOne.\r\n\r\nTwo.')).doc!;
    expect(crlf.body).toBe(lf.body);
  });

  it('reports an empty body on line 3', () => {
    expect(parseArticle('e.txt', utf8(' date 2024-05-02 By A, B\n\n  \n')).diagnostics[0]).toMatchObject({
      ruleId: 'ingest/empty-body',
      place: { file: 'e.txt', line: 3 },
    });
  });

  it('requires a blank line after the header', () => {
    expect(parseArticle('e.txt', utf8(' date 2024-05-02 By A, B\nText.\n')).diagnostics[0]).toMatchObject({
      ruleId: 'ingest/blank-after-header',
      place: { line: 2 },
    });
  });
});

describe('articleIdOf and countWords', () => {
  it('uses the file stem, replacing characters that make awkward IDs', () => {
    expect(articleIdOf('000_5333fd87b6e1a47e.txt')).toBe('000_5333fd87b6e1a47e');
    expect(articleIdOf('my article (1).txt')).toBe('my_article_1_');
  });
  it('counts hyphenated and apostrophized words once', () => {
    expect(countWords('A two-month pause — Qatar’s plan, 2024.')).toBe(6);
  });
});

describe('the optional headline line', () => {
  it('reads "# HEADLINE" after the header as the headline; the body is the same as without it', () => {
    const plain = parseArticle('h.txt', utf8('date 2024-05-02 By A, B\n\nOne.\n\nTwo.\n')).doc!;
    const titled = parseArticle(
      'h.txt',
      utf8('date 2024-05-02 By A, B\n#  Talks resume in the capital \n\nOne.\n\nTwo.\n'),
    ).doc!;
    expect(plain.headline).toBeNull();
    expect(titled.headline).toBe('Talks resume in the capital');
    expect(titled.body).toBe(plain.body);
    expect(titled.paragraphs.map((p) => p.line)).toEqual([4, 6]);
  });

  it('needs the blank line after the headline, and reports it on line 3', () => {
    expect(parseArticle('e.txt', utf8('date 2024-05-02 By A, B\n# Title\nText.\n')).diagnostics[0]).toMatchObject({
      ruleId: 'ingest/blank-after-header',
      place: { line: 3 },
    });
  });

  it('does not take a "#" without a space, or an empty "#", for a headline', () => {
    expect(parseArticle('e.txt', utf8('date 2024-05-02 By A, B\n#1 story\n\nText.\n')).diagnostics[0]).toMatchObject({
      ruleId: 'ingest/blank-after-header',
      place: { line: 2 },
    });
    expect(parseArticle('e.txt', utf8('date 2024-05-02 By A, B\n# \n\nText.\n')).diagnostics[0]).toMatchObject({
      ruleId: 'ingest/blank-after-header',
      place: { line: 2 },
    });
  });
});
