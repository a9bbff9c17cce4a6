import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimeml } from './parse.js';
import { timemlArticle } from './article.js';
import { loadTimeml } from './load.js';
import { scoreTempeval } from './score.js';

// An invented TimeML document in the TBAQ-cleaned layout.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>XYZ19990105.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-01-05" temporalFunction="false" functionInDocument="CREATION_TIME">1999-01-05</TIMEX3></DCT>
<TITLE>Council &amp; mayor agree</TITLE>
<TEXT>

The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1999-01-04">Monday</TIMEX3>
and will meet again <TIMEX3 tid="t2" type="DATE" value="1999-01-12">next week</TIMEX3>.
   
Talks lasted <TIMEX3 tid="t3" type="DURATION" value="PT3H">three hours</TIMEX3>.

</TEXT>
</TimeML>
`;

describe('TempEval-3 TimeML reader', () => {
  it('reads the creation time, the text without markup and each timex span', () => {
    const doc = parseTimeml(TML, 'x.tml');
    expect([doc.docId, doc.dct]).toEqual(['XYZ19990105.0001', '1999-01-05']);
    expect(doc.timexes.map((t) => doc.text.slice(t.start, t.end))).toEqual(['Monday', 'next week', 'three hours']);
  });
  it('the article keeps every gold span on its text; wrapped lines join, blank lines stay breaks', () => {
    const a = timemlArticle(parseTimeml(TML, 'x.tml'));
    expect(a.body.startsWith('The council met Monday and will meet')).toBe(true);
    expect(a.body).toMatch(/next week\.\n{2,}Talks/);
    for (const t of a.timexes) expect(Array.from(a.body).slice(t.start, t.end).join('')).toBe(t.text);
    expect(a.content.startsWith('date 1999-01-05 By Staff, TimeML\n\nThe council')).toBe(true);
  });
  it('names the file when the creation time is missing', () => {
    expect(() => parseTimeml(TML.replace(/<DCT>.*<\/DCT>/, ''), 'broken.tml')).toThrow(
      /broken\.tml: no document creation time/,
    );
  });
});

describe('TempEval-3 scoring', () => {
  const article = timemlArticle(parseTimeml(TML, 'x.tml'));
  const row = (text: string, value: string, type = 'DATE', from = 0) => {
    const rule = 'test';
    const start = article.body.indexOf(text, from);
    return { article_id: article.articleId, start, end: start + text.length, text, type, value, rule };
  };
  it('strict needs the same span; relaxed any overlap; a value counts only on a matched span', () => {
    const tables = {
      temporal_expressions: [
        row('Monday', '1999-01-04'),
        row('week', '1999-W03'),
        row('three hours', 'PT3H', 'DURATION'),
        row('council', '1999'),
      ],
    };
    const r = scoreTempeval(tables, [article]);
    expect([r.strict.tp, r.strict.fp, r.strict.fn]).toEqual([2, 2, 1]);
    expect([r.relaxed.tp, r.relaxed.fp, r.relaxed.fn]).toEqual([3, 1, 0]);
    // Right values: Monday and three hours (next week's value differs): P 2/4, R 2/3.
    expect([r.value.tp, r.value.precision, r.value.recall]).toEqual([2, 0.5, 0.6667]);
    expect(r.per_document[0]!.wrong_values).toEqual([
      '"next week" → "week": expected 1999-01-12, found 1999-W03 (test)',
    ]);
  });
});

describe('TempEval-3 folder reader', () => {
  function folderWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'tbaq-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  it('reads a document copied into a second folder once', () => {
    const dir = folderWith({ 'TimeBank/x.tml': TML, 'testpipeline/x.tml': TML });
    try {
      expect(loadTimeml(dir).map((a) => a.articleId)).toEqual(['tempeval_XYZ19990105.0001']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('names both files when two documents share an id but not their text', () => {
    const dir = folderWith({ 'A/x.tml': TML, 'B/x.tml': TML.replace('three hours', 'four hours') });
    try {
      expect(() => loadTimeml(dir)).toThrow(/B\/x\.tml: document tempeval_XYZ19990105\.0001 differs from .*A\/x\.tml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const TBAQ = '../shared/benchmarks/tempeval3-train/TBAQ-cleaned';
describe.skipIf(!existsSync(TBAQ))('TBAQ-cleaned conversion', () => {
  it('every gold span of every document lies on the rebuilt body', () => {
    const articles = loadTimeml(TBAQ);
    expect(articles.length).toBeGreaterThan(200);
    for (const a of articles) {
      const points = Array.from(a.body);
      for (const t of a.timexes)
        expect(points.slice(t.start, t.end).join('').replace(/\s+/g, ' ')).toBe(t.text.replace(/\s+/g, ' '));
    }
  });
});
