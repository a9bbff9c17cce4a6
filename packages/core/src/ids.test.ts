import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiSlug, entityId, regexSlug, sha256, slugify, spanKey, spanRowIds, SPAN_KEY_MAX } from './ids.js';

describe('ids', () => {
  it('builds entity IDs from type and canonical name only', () => {
    expect(entityId('person', 'Mariam al-Sayegh')).toBe('person:mariam-al-sayegh');
    expect(entityId('organization', 'U.N. Security Council')).toBe('organization:un-security-council');
  });

  it('folds diacritics and apostrophes so spelling variants share a slug', () => {
    expect(slugify('Zoë O’Neill')).toBe('zoe-oneill');
    expect(slugify("Zoe O'Neill")).toBe('zoe-oneill');
  });

  it('gives names without Latin letters a stable hashed slug', () => {
    const a = slugify('محمد');
    expect(a).toMatch(/^x[0-9a-f]{12}$/);
    expect(slugify('محمد')).toBe(a);
    expect(slugify('أحمد')).not.toBe(a);
  });
});

describe('span keys', () => {
  it('fold case, marks, white space, apostrophes, periods and punctuation', () => {
    expect(spanKey('Jane  Doe')).toBe('jane-doe');
    expect(spanKey('JANE\nDOE')).toBe('jane-doe');
    expect(spanKey('the U.S.')).toBe(spanKey('the US'));
    expect(spanKey('Zoë’s “plan”')).toBe('zoes-plan');
  });

  it('cut long texts at a word and end them with a hash of the whole text', () => {
    const long = 'we will keep talking until every one of them is home again';
    const key = spanKey(long);
    expect(key.length).toBeLessThanOrEqual(SPAN_KEY_MAX);
    expect(key).toMatch(/^we-will-keep-talking-until-[0-9a-f]{8}$/);
    expect(spanKey(`${long}, she said`)).not.toBe(key);
  });

  it('hash texts whose letters are not Latin, so different texts keep different keys', () => {
    expect(spanKey('محمد')).toMatch(/^x[0-9a-f]{8}$/);
    expect(spanKey('محمد')).not.toBe(spanKey('أحمد'));
    expect(spanKey('Москва talks')).toMatch(/^talks-[0-9a-f]{8}$/);
  });

  it('slug ASCII text in one pass exactly as the regular expressions do', () => {
    expect(asciiSlug("--Don't  STOP. the U.S.-led `talks`!")).toBe('dont-stop-the-us-led-talks');
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ09 .\'`-_,\n\t"!/'.split('')), maxLength: 60 });
    fc.assert(fc.property(ascii, (text) => asciiSlug(text) === regexSlug(text)));
    // Cut short past `max`, it still starts with the whole slug's first `max` characters.
    fc.assert(
      fc.property(ascii, fc.nat(20), (text, max) => {
        const cut = asciiSlug(text, max);
        const whole = regexSlug(text);
        return whole.length <= max ? cut === whole : cut.length > max && whole.startsWith(cut);
      }),
    );
  });

  it('key ASCII text, long or short, as the regular expressions of its definition do', () => {
    // spanKey's documented definition, spelled with regular expressions only (no fast paths).
    const byRegex = (text: string) => {
      const slug = regexSlug(text);
      if (slug.length <= SPAN_KEY_MAX && slug !== '') return slug;
      const hash = sha256(text.toLowerCase().replace(/\s+/gu, ' ').trim()).slice(0, 8);
      let head = slug.slice(0, 32);
      if (head.length > 31) head = head.lastIndexOf('-') > 0 ? head.slice(0, head.lastIndexOf('-')) : head.slice(0, 31);
      return head ? `${head}-${hash}` : `x${hash}`;
    };
    expect(spanKey(' said the talks would  resume within the month, officials said ')).toBe(
      byRegex(' said the talks would  resume within the month, officials said '),
    );
    const words = fc.constantFrom('said', 'Talks', 'U.S.', 'a', '', '--', "it's");
    const gaps = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', ' \r\n', '\f', '\v');
    const text = fc
      .array(fc.tuple(gaps, words), { maxLength: 40 })
      .map((parts) => parts.map(([gap, word]) => gap + word).join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (t, trim) => spanKey(trim ? t.trim() : t) === byRegex(trim ? t.trim() : t)),
    );
  });

  it('use only characters safe in URLs, HTML ids and CSV cells', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) =>
        /^[a-z0-9]+(-[a-z0-9]+)*$/.test(spanKey(text)),
      ),
    );
  });
});

describe('span row IDs', () => {
  it('number occurrences of one key in document order, whatever the input order', () => {
    const spans = [
      { start: 50, end: 58, text: 'Jane Doe' },
      { start: 10, end: 18, text: 'jane doe' },
      { start: 30, end: 33, text: 'Doe' },
    ];
    expect(spanRowIds('001_x', 'm', spans)).toEqual(['001_x#m-jane-doe.2', '001_x#m-jane-doe.1', '001_x#m-doe.1']);
  });

  it('tell apart two rows on the same characters', () => {
    const ids = spanRowIds('001_x', 'q', [
      { start: 5, end: 9, text: 'okay' },
      { start: 5, end: 9, text: 'okay' },
    ]);
    expect(ids).toEqual(['001_x#q-okay.1', '001_x#q-okay.2']);
  });

  // An article as a list of words, some of them annotated. An edit inserts, deletes or replaces words
  // outside the annotated ones; the rows whose text was not touched must keep their IDs.
  const word = fc.constantFrom('talks', 'Gaza', 'Paris', 'the deal', 'Monday', 'hostages', 'Doha', 'said');
  const article = fc.array(fc.record({ text: word, annotated: fc.boolean() }), { minLength: 1, maxLength: 40 });
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 3 }),
    insert: fc.array(fc.constantFrom('and', 'then', 'very', 'long filler text'), { maxLength: 4 }),
  });

  function idsOfAnnotated(words: Array<{ text: string; annotated: boolean; tag?: number }>): Map<number, string> {
    let offset = 0;
    const spans: Array<{ start: number; end: number; text: string; tag: number }> = [];
    for (const w of words) {
      if (w.annotated) spans.push({ start: offset, end: offset + w.text.length, text: w.text, tag: w.tag! });
      offset += w.text.length + 1;
    }
    const ids = spanRowIds('001_x', 'm', spans);
    return new Map(spans.map((s, i) => [s.tag, ids[i]!]));
  }

  it('survive edits elsewhere in the article (property)', () => {
    fc.assert(
      fc.property(article, edit, (words, e) => {
        const tagged = words.map((w, tag) => ({ ...w, tag }));
        const at = e.at % (tagged.length + 1);
        // Only unannotated words may be removed: the edit happens "elsewhere".
        let end = at;
        while (end < tagged.length && end - at < e.remove && !tagged[end]!.annotated) end++;
        const edited = [
          ...tagged.slice(0, at),
          ...e.insert.map((text) => ({ text, annotated: false, tag: -1 })),
          ...tagged.slice(end),
        ];
        const before = idsOfAnnotated(tagged);
        const after = idsOfAnnotated(edited);
        for (const [tag, id] of before) expect(after.get(tag)).toBe(id);
        expect(new Set(after.values()).size).toBe(after.size);
      }),
    );
  });

  it('change only rows with the same text after a removed row, and stay unique (property)', () => {
    fc.assert(
      fc.property(article, fc.nat(), (words, pick) => {
        const tagged = words.map((w, tag) => ({ ...w, tag }));
        const annotated = tagged.filter((w) => w.annotated);
        if (!annotated.length) return;
        const gone = annotated[pick % annotated.length]!;
        const before = idsOfAnnotated(tagged);
        const after = idsOfAnnotated(tagged.map((w) => (w === gone ? { ...w, annotated: false } : w)));
        for (const [tag, id] of after) {
          const w = tagged[tag]!;
          const sameTextLater = spanKey(w.text) === spanKey(gone.text) && tag > gone.tag;
          if (!sameTextLater) expect(id).toBe(before.get(tag));
        }
        expect(new Set(after.values()).size).toBe(after.size);
      }),
    );
  });
});
