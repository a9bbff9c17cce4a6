import { describe, expect, it } from 'vitest';
import { analyzeText } from './text-analysis.js';
import { MAX_RUN, PIECE, splitOverlongRuns } from './overlong-runs.js';

function paragraphsOf(text: string) {
  const spans = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) spans.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return spans;
}

describe('analyzeText', () => {
  const text =
    'Mr. Osei met U.S. officials in Accra on Monday. They spoke for an hour.\n\nTalks resume\n\nA deal is “close,” he said.';
  const { tokens, sentences } = analyzeText(text, paragraphsOf(text));

  it('gives tokens whose offsets slice back to their text', () => {
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
    for (const t of tokens) expect(t.text).toBe(text.slice(t.start, t.end));
    expect(tokens.find((t) => text.slice(t.start, t.end) === 'Accra')?.pos).toBe('PROPN');
  });

  it('does not split sentences at abbreviations', () => {
    expect(text.slice(sentences[0]!.start, sentences[0]!.end)).toBe('Mr. Osei met U.S. officials in Accra on Monday.');
  });

  it('never lets a sentence cross a paragraph boundary', () => {
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Osei met U.S. officials in Accra on Monday.',
      'They spoke for an hour.',
      'Talks resume',
      'A deal is “close,” he said.',
    ]);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it('keeps token ranges consistent with sentences', () => {
    for (const s of sentences) {
      expect(tokens[s.tokenStart]!.start).toBe(s.start);
      expect(tokens[s.tokenEnd - 1]!.end).toBe(s.end);
    }
  });
});

describe('overlong runs of non-space characters', () => {
  const run = `${'xy1-'.repeat(12_000)}😀${'q'.repeat(999)}`;
  const text = `We met on Monday. The code ${run} was wrong.\nNext line here.`;
  const { tokens, sentences } = analyzeText(text, paragraphsOf(text));

  it('are cut before wink reads them, keeping the length and every other character', () => {
    const split = splitOverlongRuns(text);
    expect(split.text.length).toBe(text.length);
    expect(split.runs).toEqual([{ start: text.indexOf(run), end: text.indexOf(run) + run.length }]);
    expect(Math.max(...split.text.split(/\s+/u).map((piece) => piece.length))).toBeLessThanOrEqual(PIECE);
    for (let i = 0; i < text.length; i++) {
      if (split.text[i] !== text[i]) expect(split.text[i]).toBe(' ');
    }
    expect(split.text).toContain('😀'); // a surrogate pair is never cut in half
    expect(splitOverlongRuns('a'.repeat(MAX_RUN)).runs).toEqual([]);
  });

  it('come back as one token whose offsets slice back to the whole run', () => {
    const token = tokens.find((t) => t.end - t.start > MAX_RUN)!;
    expect(text.slice(token.start, token.end)).toBe(run);
    expect(token.lower).toBe(run.toLowerCase());
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
    for (const t of tokens) expect(t.text).toBe(text.slice(t.start, t.end));
    expect(tokens.map((t) => text.slice(t.start, t.end)).filter((t) => t !== run)).toEqual([
      'We',
      'met',
      'on',
      'Monday',
      '.',
      'The',
      'code',
      'was',
      'wrong',
      '.',
      'Next',
      'line',
      'here',
      '.',
    ]);
  });

  it('stay inside one sentence, and sentences still tile the tokens', () => {
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toBe(`The code ${run} was wrong.`);
    let next = 0;
    for (const s of sentences) {
      expect(s.tokenStart).toBe(next);
      next = s.tokenEnd;
    }
    expect(next).toBe(tokens.length);
  });
});

describe('word forms read again', () => {
  it('keep their text and lower case in every article, whatever was read before', () => {
    // Every occurrence of a form shares one string: a form met first in one case must not lend it to another.
    for (const text of ['Talks RESUME in Accra.', 'talks resume in ACCRA.', 'TALKS Resume in accra.']) {
      const { tokens } = analyzeText(text, paragraphsOf(text));
      for (const t of tokens) {
        expect(t.text).toBe(text.slice(t.start, t.end));
        expect(t.lower).toBe(t.text.toLowerCase());
      }
    }
  });
});
