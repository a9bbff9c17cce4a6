import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented.
function timexes(body: string, published = '2021-11-02'): string[] {
  return findTimexes(articleOf(body, published)).map((t) => `${t.text}=${t.value}`);
}

describe('"April 24 and 25": the second day of a pair is a date in the same month', () => {
  it('"and" and "or" after a month-day', () => {
    expect(timexes('The fair will open on December 4 and 5.')).toEqual(['December 4=2021-12-04', '5=2021-12-05']);
    expect(timexes('The vote was held on Oct. 20 or 21, officials said.')).toEqual([
      'Oct. 20=2021-10-20',
      '21=2021-10-21',
    ]);
  });
  it('no date for a count or measure after the pair, a day the month lacks, or a smaller number', () => {
    expect(timexes('Sales rose on March 3 and 25 stores closed.')).toEqual(['March 3=2021-03-03']);
    expect(timexes('Rates rose on March 3 and 25 percent of loans lapsed.')).toEqual(['March 3=2021-03-03']);
    expect(timexes('The ferry ran on February 28 and 30.')).toEqual(['February 28=2021-02-28']);
    expect(timexes('The ferry ran on May 12 and 3 others sailed.')).toEqual(['May 12=2021-05-12']);
  });
});
