import { describe, expect, it } from 'vitest';
import { analyzeText } from './text-analysis.js';

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
  const text = 'Mr. Osei met U.S. officials in Accra on Monday. They spoke for an hour.\n\nTalks resume\n\nA deal is “close,” he said.';
  const { tokens, sentences } = analyzeText(text, paragraphsOf(text));

  it('gives tokens whose offsets slice back to their text', () => {
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
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
