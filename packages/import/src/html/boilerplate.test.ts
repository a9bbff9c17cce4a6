import { describe, expect, it } from 'vitest';
import { cleanParagraphs } from './boilerplate.js';

const context = { titles: ['Quay to close for repairs'], authors: ['Mara Quellen'] };
const keep = (p: string) => cleanParagraphs([p], context).length === 1;

describe('cleanParagraphs', () => {
  it('keeps ordinary paragraphs, including ones that start like furniture but go on as prose', () => {
    expect(keep('The quay will close on Monday, the council said.')).toBe(true);
    expect(
      keep(
        `Read more about the history of the quay and you find that it has been rebuilt four times since it was first laid down, each time after a storm that the town still remembers by name, and each time with money raised by the fishermen.`,
      ),
    ).toBe(true);
  });

  it('drops captions and credits, timestamps, prompts and reporting credits', () => {
    for (const junk of [
      'The quay at dawn. (Harbour Photo/Tobin Ashgrove)',
      'The quay at dawn (Image: Harbour Gazette)',
      'Published 12:43, 20 Apr 2024 | Updated 14:02, 20 Apr 2024',
      'March 5, 2024 10:30 AM ET',
      'Sign up for our morning newsletter',
      'Story continues below advertisement',
      'With files from the Harbour Gazette newsroom',
      'For more stories like this, check our news page.',
      'Published under: Harbour , Council , Weather , Boats , Fishing , Repairs , Winter , Storms , Tides',
    ])
      expect(keep(junk), junk).toBe(false);
  });

  it("drops the headline and the byline repeated in the body, and the author's biography", () => {
    expect(keep('Quay to close for repairs')).toBe(false);
    expect(keep('By Mara Quellen, Harbour reporter')).toBe(false);
    expect(keep("Mara Quellen is the Gazette's harbour reporter.")).toBe(false);
  });

  it('drops the shorter copy of a sentence shown twice (a pull quote)', () => {
    const sentence = '"We cannot wait another winter for this," the harbour master said';
    expect(
      cleanParagraphs([`${sentence} on Tuesday, standing on the cracked wall.`, `“${sentence}”`], context),
    ).toHaveLength(1);
  });
});
