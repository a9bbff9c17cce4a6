import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markOffsets, scanParagraph } from './marks.js';

/** The characters scanParagraph acts on, tested one by one as the scan did before it used markOffsets. */
function isMarkCode(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e);
}

function markOffsetsOneByOne(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (isMarkCode(text.charCodeAt(i))) offsets.push(i);
  return offsets;
}

const MARKISH = [
  '"',
  "'",
  '«',
  '»',
  '‘',
  '’',
  '‚',
  '‛',
  '“',
  '”',
  '„',
  '‟',
  '‗',
  '′',
  '″',
  '`',
  '´',
  'a',
  ' ',
  '\n',
  '😀',
];
const arbitraryText = fc.oneof(
  fc.array(fc.constantFrom(...MARKISH), { maxLength: 40 }).map((cs) => cs.join('')),
  fc.string({ maxLength: 60, unit: 'binary' }),
);

describe('markOffsets', () => {
  it('finds exactly the characters a one-by-one scan acts on', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(markOffsets(text)).toEqual(markOffsetsOneByOne(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('mixed straight and curly double marks', () => {
  const quotedIn = (text: string) =>
    scanParagraph(text, { start: 0, end: text.length }, 0).map((s) => text.slice(s.start, s.end));

  it('a straight opener closes at a curly closer, and a curly opener at a straight closer', () => {
    expect(quotedIn('"The levy is fair,” said Ann Lee, a farmer.')).toEqual(['The levy is fair,']);
    expect(quotedIn('“We will appeal," said Ann Lee.')).toEqual(['We will appeal,']);
  });

  it('a straight mark that opens a word does not close a curly quote', () => {
    expect(quotedIn('“Fair and "free" votes,” she said.')).toEqual(['Fair and "free" votes,']);
  });
});
