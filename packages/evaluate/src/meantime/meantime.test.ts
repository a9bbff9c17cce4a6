import { describe, expect, it } from 'vitest';
import { meantimeArticle, spanOfTokens } from './article.js';
import { parseMeantime } from './parse.js';
import { scoreMeantime } from './score.js';

// An invented document in MEANTIME's CAT XML shape (title, dateline, two sentences, 6+ sentences rule tested below).
const words: Array<[number, string]> = [
  [0, 'Harbor'],
  [0, 'strike'],
  [0, 'ends'],
  [1, 'March'],
  [1, '6'],
  [1, ','],
  [1, '2025'],
  [2, 'Port'],
  [2, 'director'],
  [2, 'Tomas'],
  [2, 'Reyl'],
  [2, 'said'],
  [2, 'on'],
  [2, 'Tuesday'],
  [2, 'that'],
  [2, 'the'],
  [2, 'Harbor'],
  [2, 'Authority'],
  [2, "'s"],
  [2, 'workers'],
  [2, 'were'],
  [2, 'back'],
  [2, '.'],
  [3, '``'],
  [3, 'It'],
  [3, 'is'],
  [3, 'over'],
  [3, ','],
  [3, "''"],
  [3, 'he'],
  [3, 'said'],
  [3, '('],
  [3, 'in'],
  [3, 'Velmouth'],
  [3, ')'],
  [3, '.'],
  [6, 'Reyl'],
  [6, 'left'],
  [6, '.'],
];
const tokens = words
  .map(([s, w], i) => `<token number="${i}" sentence="${s}" t_id="${i + 1}">${w.replace(/&/g, '&amp;')}</token>`)
  .join('\n');
const XML = `<?xml version="1.0" ?><Document doc_id="42" doc_name="42_Harbor_strike_ends" lang="en">
${tokens}
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="10"/><token_anchor t_id="11"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="17"/><token_anchor t_id="18"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="34"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="PRO"><token_anchor t_id="30"/></ENTITY_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="5" type="DATE" value="2025-03-06"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="6" type="DATE" value="2025-03-04"><token_anchor t_id="14"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="7" type="DURATION" value="P1D" beginPoint="1" endPoint="2"/>
<ENTITY m_id="100" ent_type="PER" TAG_DESCRIPTOR="Tomas Reyl"/>
<ENTITY m_id="101" ent_type="ORG" TAG_DESCRIPTOR="Harbor Authority"/>
<ENTITY m_id="102" ent_type="LOC" TAG_DESCRIPTOR="Velmouth"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="4"/><target m_id="100"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="101"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><target m_id="102"/></REFERS_TO>
</Relations>
</Document>`;

describe('MEANTIME conversion', () => {
  const doc = parseMeantime(XML, '42.xml');
  const article = meantimeArticle(doc);

  it('reads tokens, mentions typed through REFERS_TO, and timexes', () => {
    expect(doc.tokens).toHaveLength(words.length);
    expect(doc.mentions.map((m) => [m.id, m.syntacticType, m.entityType])).toEqual([
      ['1', 'NAM', 'PER'],
      ['2', 'NAM', 'ORG'],
      ['3', 'NAM', 'LOC'],
      ['4', 'PRO', 'PER'],
    ]);
    expect(doc.timexes.map((t) => [t.value, t.creationTime, t.tokenIds.length])).toEqual([
      ['2025-03-06', true, 4],
      ['2025-03-04', false, 1],
      ['P1D', false, 0],
    ]);
  });

  it('rebuilds readable text without the dateline, one paragraph per sentence, with typographic quotes', () => {
    expect(article.published).toBe('2025-03-06');
    expect(article.body).toBe(
      "Harbor strike ends\n\nPort director Tomas Reyl said on Tuesday that the Harbor Authority's workers were back.\n\n“It is over,” he said (in Velmouth).\n\nReyl left.",
    );
    expect(article.content.startsWith('date 2025-03-06 By Staff, Wikinews\n\nHarbor strike ends')).toBe(true);
  });

  it('maps every token to its code-point span in the body', () => {
    const cps = Array.from(article.body);
    const cut = (ids: string[]) => {
      const s = spanOfTokens(article, ids)!;
      return cps.slice(s.start, s.end).join('');
    };
    expect(cut(['10', '11'])).toBe('Tomas Reyl');
    expect(cut(['24'])).toBe('“');
    expect(spanOfTokens(article, ['4'])).toBeNull(); // the dateline is not in the body
  });

  it('scores named mentions by class and timexes by span and value', () => {
    const span = (text: string) => {
      const start = article.body.indexOf(text);
      return { text, start, end: start + text.length };
    };
    const tables = {
      entities: [
        { entity_id: 'person:tomas-reyl', type: 'person' },
        { entity_id: 'place:velmouth', type: 'place' },
        { entity_id: 'person:harbor', type: 'person' },
      ],
      mentions: [
        { article_id: 'meantime_42', entity_id: 'person:tomas-reyl', ...span('Tomas Reyl') },
        { article_id: 'meantime_42', entity_id: 'place:velmouth', ...span('Velmouth') },
        { article_id: 'meantime_42', entity_id: 'person:harbor', ...span('Harbor Authority') },
        // Sentence 6 lies beyond MEANTIME's annotated sentences: not scored, so not spurious.
        {
          article_id: 'meantime_42',
          entity_id: 'person:tomas-reyl',
          text: 'Reyl',
          start: article.body.lastIndexOf('Reyl'),
          end: article.body.lastIndexOf('Reyl') + 4,
        },
      ],
      temporal_expressions: [{ article_id: 'meantime_42', type: 'DATE', value: '2025-03-05', ...span('Tuesday') }],
    };
    const report = scoreMeantime(tables, [{ doc, article }]);
    expect(report.entities.person).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(report.entities.organization).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.entities.location).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.entity_spans).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(report.timexes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.timex_value).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(report.per_document[0]!.wrong_values).toEqual(['"Tuesday": expected 2025-03-04, found 2025-03-05']);
  });

  it('falls back to the dateline text when no creation time is flagged', () => {
    const unflagged = parseMeantime(
      XML.replace('functionInDocument="CREATION_TIME"', 'functionInDocument="NONE"').replace(
        /<TIMEX3 [^>]*m_id="5"[\s\S]*?<\/TIMEX3>/,
        '',
      ),
      '42.xml',
    );
    expect(meantimeArticle(unflagged).published).toBe('2025-03-06');
  });

  it('names the file of malformed XML', () => {
    expect(() => parseMeantime('<Document><token>', 'broken.xml')).toThrow(/broken\.xml/);
  });
});
