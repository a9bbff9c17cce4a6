import { describe, expect, it } from 'vitest';
import { findDateline, looksLikeSubheading, splitParagraphs } from './layout.js';

function datelineOf(body: string) {
  return findDateline(body, splitParagraphs(body, 3)[0]);
}

describe('findDateline', () => {
  it.each([
    ['(CNN) — Talks resumed.', { text: '(CNN)', place: null, dateText: null, agency: 'CNN' }],
    [
      'RAFAH, Gaza Strip (AP) — Crowds gathered.',
      { text: 'RAFAH, Gaza Strip (AP)', place: 'RAFAH, Gaza Strip', dateText: null, agency: 'AP' },
    ],
    [
      'KYIV, Feb 5 (Reuters) - Talks ended.',
      { text: 'KYIV, Feb 5 (Reuters)', place: 'KYIV', dateText: 'Feb 5', agency: 'Reuters' },
    ],
    [
      'NAIROBI, Jan. 12 (AFP) – Rain fell.',
      { text: 'NAIROBI, Jan. 12 (AFP)', place: 'NAIROBI', dateText: 'Jan. 12', agency: 'AFP' },
    ],
    ['JERUSALEM — The cabinet met.', { text: 'JERUSALEM', place: 'JERUSALEM', dateText: null, agency: null }],
  ])('reads %j', (body, expected) => {
    const d = datelineOf(body);
    expect(d).toMatchObject(expected);
    expect(body.slice(d!.start, d!.end)).toBe(expected.text);
  });

  it('does not take an ordinary opening sentence for a dateline', () => {
    expect(datelineOf('Ukraine and Russia — two old foes — met again.')).toBeNull();
    expect(datelineOf('The talks - held in secret - ended.')).toBeNull();
  });
});

describe('splitParagraphs', () => {
  it('makes one paragraph per non-blank line, with raw line numbers', () => {
    const body = 'First one.\n\nShort heading\n\nSecond one.\nThird one.';
    const ps = splitParagraphs(body, 3);
    expect(ps.map((p) => [body.slice(p.start, p.end), p.kind, p.line])).toEqual([
      ['First one.', 'paragraph', 3],
      ['Short heading', 'subheading', 5],
      ['Second one.', 'paragraph', 7],
      ['Third one.', 'paragraph', 8],
    ]);
  });

  it('recognizes bare subheadings but not sentences or quotes', () => {
    expect(looksLikeSubheading('Obstacles ahead')).toBe(true);
    expect(looksLikeSubheading('The talks ended.')).toBe(false);
    expect(looksLikeSubheading('“We are close”')).toBe(false);
    expect(looksLikeSubheading('and then there was a long line of many more than ten words in it')).toBe(false);
  });
});
