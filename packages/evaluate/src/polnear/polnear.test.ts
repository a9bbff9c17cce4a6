import { describe, expect, it } from 'vitest';
import { polnearArticle } from './article.js';
import { parseAnn } from './parse.js';
import { sourceKind } from './score.js';

describe('PolNeAR brat standoff', () => {
  it('ties cue, source and content through the event line, with discontinuous fragments', () => {
    const ann = [
      'T1\tSource 0 7\tAnn Lee',
      'T2\tCue 8 12\tsaid',
      'T3\tContent 14 20;25 30\t“ab” “cd”',
      'T4\tAttribution 8 12\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tContent 40 50\tno source',
      'T6\tAttribution-no-source 35 39\tsaid',
      'E2\tAttribution-no-source:T6 Content:T5',
    ].join('\n');
    const found = parseAnn(ann);
    expect(found).toHaveLength(2);
    expect(found[0]).toEqual({
      source: [{ start: 0, end: 7 }],
      cue: [{ start: 8, end: 12 }],
      content: [
        { start: 14, end: 20 },
        { start: 25, end: 30 },
      ],
    });
    expect(found[1]!.source).toBeNull();
  });
});

describe('PolNeAR article', () => {
  it('drops blank lines and maps text offsets onto the body', () => {
    const text = 'Title line.\n\nFirst “para”.\n\n  Second one.\n';
    const article = polnearArticle('x_2016', text, '2016-09-01', 'nyt');
    expect(article.body).toBe('Title line.\nFirst “para”.\nSecond one.');
    expect(article.content.startsWith('date 2016-09-01 By Staff, nyt\n\n')).toBe(true);
    const at = text.indexOf('Second');
    expect(article.toBody(at)).toBe(article.body.indexOf('Second'));
    expect(article.toBody(text.indexOf('para'))).toBe(article.body.indexOf('para'));
    expect(article.toBody(11)).toBe(11); // the end of the title line
  });
});

describe('which Sources count as names', () => {
  it.each([
    ['Sen. Ann Lee (D-Ohio)', 'named'],
    ['The Daily Planet', 'named'],
    ['Tom Vick, the campaign manager,', 'named'],
    ['a senior official', 'described'],
    ['two people familiar with the talks', 'described'],
    ['Republican officials', 'other'],
    ['Lee’s spokeswoman', 'other'],
    ['the mayor', 'other'],
    ['the progressive heavyweights', 'other'],
    ['senior officials', 'described'],
    ['he', 'other'],
    ['a New Hampshire Republican', 'described'],
    ['Several', 'described'],
    ['Someone close to the senator', 'other'],
  ])('%s → %s', (source, kind) => {
    expect(sourceKind(source).kind).toBe(kind);
  });
});
