import { describe, expect, it } from 'vitest';
import type { TableSet } from '@dossier/validate';
import { conllArticle } from './article.js';
import { chunksOf, parseConll } from './parse.js';
import { scoreConll } from './score.js';

// An invented story in the CoNLL-2003 column format (word POS chunk NER), IOB1 tags as in the original files.
const FILE = `-DOCSTART- -X- -X- O

RUGBY NNP I-NP O
- : O O
AVONFORD NNP I-NP I-ORG
WIN NNP I-NP O

BEXLEY NNP I-NP I-LOC
1996-08-30 CD I-NP O

Mr NNP I-NP O
Tam NNP I-NP I-PER
Orrell NNP I-NP I-PER
's POS B-NP O
side NN I-NP O
beat VBD I-VP O
Kestel NNP I-NP I-ORG
Rovers NNP I-NP I-ORG
Lane NNP B-NP B-ORG
" " O O
in IN I-PP O
Welsh JJ I-NP I-MISC
rain NN I-NP O
" " O O
. . O O
`;

describe('CoNLL-2003 conversion', () => {
  const [story] = parseConll(FILE, 'test.txt');
  const article = conllArticle(story!);

  it('reads stories, sentences and conlleval chunks (a B- tag splits two entities of one type)', () => {
    expect(story!.sentences).toHaveLength(3);
    expect(chunksOf(story!).map((c) => [c.sentence, c.from, c.to, c.type])).toEqual([
      [0, 2, 3, 'ORG'],
      [1, 0, 1, 'LOC'],
      [2, 1, 3, 'PER'],
      [2, 6, 8, 'ORG'],
      [2, 8, 9, 'ORG'],
      [2, 11, 12, 'MISC'],
    ]);
  });

  it('writes a Reuters article: the dateline date, one paragraph per sentence, tokens joined as text', () => {
    expect(article.published).toBe('1996-08-30');
    expect(article.content.startsWith('date 1996-08-30 By Staff, Reuters\n\n')).toBe(true);
    expect(article.body).toBe(
      'RUGBY - AVONFORD WIN\n\nBEXLEY 1996-08-30\n\nMr Tam Orrell\'s side beat Kestel Rovers Lane "in Welsh rain".',
    );
    const cps = Array.from(article.body);
    const token = (s: number, t: number) =>
      cps.slice(article.tokenSpans[s]![t]!.start, article.tokenSpans[s]![t]!.end).join('');
    expect(token(2, 3)).toBe("'s");
    expect(token(2, 10)).toBe('in');
    expect(token(2, 12)).toBe('rain');
  });

  it('scores exact span and type; cuts honorifics and possessives; ignores MISC and demonyms', () => {
    const at = (text: string) => article.body.indexOf(text);
    const mention = (entity: string, text: string, start: number, kind = 'name') => ({
      article_id: article.articleId,
      entity_id: entity,
      text,
      start,
      end: start + text.length,
      kind,
    });
    const tables = {
      entities: [
        { entity_id: 'organization:avonford', type: 'organization' },
        { entity_id: 'place:bexley', type: 'place' },
        { entity_id: 'person:tam-orrell', type: 'person' },
        { entity_id: 'organization:kestel-rovers-lane', type: 'organization' },
        { entity_id: 'country:united-kingdom', type: 'country' },
      ],
      mentions: [
        mention('organization:avonford', 'AVONFORD', at('AVONFORD')),
        mention('place:bexley', 'BEXLEY', at('BEXLEY')),
        mention('person:tam-orrell', "Mr Tam Orrell's", at('Mr Tam')),
        mention('organization:kestel-rovers-lane', 'Kestel Rovers Lane', at('Kestel')),
        mention('country:united-kingdom', 'Welsh', at('Welsh'), 'demonym'),
      ],
    } as unknown as TableSet;
    const r = scoreConll(tables, [{ story: story!, article }]);
    expect([r.entities.PER.tp, r.entities.PER.fp, r.entities.PER.fn]).toEqual([1, 0, 0]);
    expect([r.entities.LOC.tp, r.entities.LOC.fp, r.entities.LOC.fn]).toEqual([1, 0, 0]);
    // "Kestel Rovers" and "Lane" are two gold organizations: the merged span matches neither.
    expect([r.entities.ORG.tp, r.entities.ORG.fp, r.entities.ORG.fn]).toEqual([1, 1, 2]);
  });

  it('cuts a possessive written in capitals and a leading Professor', () => {
    const [shouted] = parseConll(
      "-DOCSTART- -X- -X- O\n\nORRELL NNP I-NP I-PER\n'S POS B-NP O\nWIN NNP I-NP O\n\n" +
        'Professor NNP I-NP O\nTam NNP I-NP I-PER\nOrrell NNP I-NP I-PER\nspoke VBD I-VP O\n',
      'caps.txt',
    );
    const a = conllArticle(shouted!);
    const at = (text: string) => a.body.indexOf(text);
    const mention = (text: string) => ({
      article_id: a.articleId,
      entity_id: 'person:tam-orrell',
      text,
      start: at(text),
      end: at(text) + text.length,
      kind: 'alias',
    });
    const tables = {
      entities: [{ entity_id: 'person:tam-orrell', type: 'person' }],
      mentions: [mention("ORRELL'S"), mention('Professor Tam Orrell')],
    } as unknown as TableSet;
    const r = scoreConll(tables, [{ story: shouted!, article: a }]);
    expect([r.entities.PER.tp, r.entities.PER.fp, r.entities.PER.fn]).toEqual([2, 0, 0]);
  });

  it('names the line of a malformed tag', () => {
    expect(() => parseConll('-DOCSTART- -X- -X- O\n\nAvonford NNP I-NP X-ORG\n', 'bad.txt')).toThrow(/bad.txt:3/);
  });
});
