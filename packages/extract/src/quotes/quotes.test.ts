import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ArticleDoc, TimexAnnotation } from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';
import { findQuotes } from './index.js';
import { findQuoteStretches } from './marks.js';
import { docOf, entitiesOf } from './quotes.test-helpers.js';

const NONE: EntityFindings = { entities: [], mentions: [], roles: [] };

function timexAt(doc: ArticleDoc, text: string, value: string): TimexAnnotation {
  const start = doc.body.indexOf(text);
  return {
    start,
    end: start + text.length,
    text,
    type: 'TIME',
    value,
    anchor: '2025-03-14',
    rangeStart: null,
    rangeEnd: null,
    precision: 'time',
    rule: 'test',
  };
}

describe('findQuotes: attribution patterns', () => {
  it('“…,” the official said → unnamed source, cue said', () => {
    const doc = docOf('The port reopened on Monday. “We expect ships within the week,” the official said.');
    const [q] = findQuotes(doc, NONE, []);
    expect(q).toMatchObject({
      text: 'We expect ships within the week,',
      speakerKey: null,
      speakerText: 'the official',
      speakerRule: 'unnamed-source',
      cue: 'said',
      kind: 'full',
      hedged: false,
    });
  });

  it('“…,” Title Name said in a statement Thursday evening → the person, dated by the timex', () => {
    const doc = docOf(
      '“The bridge will reopen. We are grateful to the engineers,” Transport Ministry spokeswoman Lena Vaskova said in a statement Thursday evening.',
    );
    const entities = entitiesOf(doc, [
      ['person', 'Lena Vaskova', ['Lena Vaskova']],
      ['organization', 'Transport Ministry', ['Transport Ministry']],
    ]);
    const timex = timexAt(doc, 'Thursday evening', '2025-03-13TEV');
    const [q] = findQuotes(doc, entities, [timex]);
    expect(q).toMatchObject({
      speakerKey: 'person:lena-vaskova',
      speakerText: 'Transport Ministry spokeswoman Lena Vaskova',
      speakerRule: 'explicit',
      cue: 'said',
      dateValue: '2025-03-13',
      timex: { start: timex.start, end: timex.end },
    });
  });

  it('X said: “…” → the named speaker before the quote', () => {
    const doc = docOf('Mayor Tomas Brenner said: “The water is safe to drink.”');
    const [q] = findQuotes(doc, entitiesOf(doc, [['person', 'Tomas Brenner', ['Tomas Brenner']]]), []);
    expect(q).toMatchObject({
      text: 'The water is safe to drink.',
      speakerKey: 'person:tomas-brenner',
      cue: 'said',
      kind: 'full',
    });
  });

  it('“…,” said X → the name after the verb', () => {
    const doc = docOf('"Nobody expected the flood," said Ines Marlow, a local farmer.');
    const [q] = findQuotes(doc, entitiesOf(doc, [['person', 'Ines Marlow', ['Ines Marlow']]]), []);
    expect(q).toMatchObject({ speakerKey: 'person:ines-marlow', speakerRule: 'explicit', cue: 'said' });
  });

  it('according to X → the phrase after "according to"', () => {
    const doc = docOf('The plan is “dead on arrival,” according to a diplomat familiar with the negotiations.');
    const [q] = findQuotes(doc, NONE, []);
    expect(q).toMatchObject({
      kind: 'fragment',
      speakerText: 'a diplomat familiar with the negotiations',
      speakerRule: 'unnamed-source',
      cue: 'according to',
      speakerKey: null,
    });
  });

  it('a quote whose speaker is named in the previous sentence', () => {
    const doc = docOf('Harbour master Olek Drummond said the storm had passed. “The boats can go out again.”');
    const [q] = findQuotes(doc, entitiesOf(doc, [['person', 'Olek Drummond', ['Olek Drummond']]]), []);
    expect(q).toMatchObject({ speakerKey: 'person:olek-drummond', speakerRule: 'previous-sentence' });
  });

  it('he/she resolves to the nearest earlier person', () => {
    const doc = docOf(
      'Union leader Marta Quell met the board on Tuesday.',
      '“We will not accept these cuts,” she said.',
    );
    const [q] = findQuotes(doc, entitiesOf(doc, [['person', 'Marta Quell', ['Marta Quell']]]), []);
    expect(q).toMatchObject({ speakerKey: 'person:marta-quell', speakerText: 'she', speakerRule: 'pronoun' });
  });

  it('a fragment inside the reporter’s sentence takes the subject of the reporting verb', () => {
    const doc = docOf('The Harbour Authority said the repairs were “nearly finished” and would end soon.');
    const [q] = findQuotes(doc, entitiesOf(doc, [['organization', 'Harbour Authority', ['Harbour Authority']]]), []);
    expect(q).toMatchObject({
      text: 'nearly finished',
      kind: 'fragment',
      speakerKey: 'organization:harbour-authority',
    });
  });

  it('a scare quote with no reporting verb has no speaker', () => {
    const doc = docOf('Delegates held “frank and open” talks over dinner.');
    const [q] = findQuotes(doc, NONE, []);
    expect(q).toMatchObject({
      text: 'frank and open',
      kind: 'fragment',
      speakerText: null,
      speakerKey: null,
      speakerRule: null,
    });
  });

  it('a hedged attribution keeps the speaker and records the doubt', () => {
    const doc = docOf(
      'In the video, a voice purportedly Karel Stane’s calls the deal “a disgrace.” The outlet cannot verify that the voice is his.',
    );
    const [q] = findQuotes(doc, entitiesOf(doc, [['person', 'Karel Stane', ['Karel Stane']]]), []);
    expect(q).toMatchObject({ text: 'a disgrace.', speakerKey: 'person:karel-stane', hedged: true });
  });

  it('a possessor is not the speaker: “…,” Ann Roe’s spokesman said → unnamed spokesman', () => {
    const doc = docOf('“The minister is resting,” Ann Roe’s spokesman said.');
    const [q] = findQuotes(doc, entitiesOf(doc, [['person', 'Ann Roe', ['Ann Roe']]]), []);
    expect(q).toMatchObject({ speakerKey: null, speakerRule: 'unnamed-source', speakerText: 'Ann Roe’s spokesman' });
  });

  it('a definite description by title names the one person who holds that title', () => {
    const doc = docOf(
      'Finance Minister Jonas Ekberg met bankers.',
      'Later the finance minister said: “Rates will stay where they are.”',
    );
    const entities = entitiesOf(doc, [['person', 'Jonas Ekberg', ['Jonas Ekberg']]]);
    const roleAt = doc.body.indexOf('Finance Minister Jonas Ekberg');
    entities.roles.push({
      start: roleAt,
      end: roleAt + 29,
      text: 'Finance Minister Jonas Ekberg',
      personKey: 'person:jonas-ekberg',
      title: 'Finance Minister',
      titleText: 'Finance Minister',
      organizationKey: null,
      countryKey: null,
      former: false,
    });
    const [q] = findQuotes(doc, entities, []);
    expect(q).toMatchObject({
      speakerKey: 'person:jonas-ekberg',
      speakerText: 'the finance minister',
      speakerRule: 'explicit',
    });
  });

  it('a participle takes the subject of the main verb, past a passive participle ("a statement approved by …")', () => {
    const doc = docOf('Norland issued a statement approved by its allies, urging neighbours to “stop the escalation”.');
    const [q] = findQuotes(doc, entitiesOf(doc, [['country', 'Norland', ['Norland']]]), []);
    expect(q).toMatchObject({ speakerKey: 'country:norland', cue: 'urging' });
  });

  it('a cue without a subject gives way to the next cue ("Asked whether …, X said: “…”")', () => {
    const doc = docOf('Asked whether the dam would hold, engineer Rosa Imbert said: “We think so.”');
    const [q] = findQuotes(doc, entitiesOf(doc, [['person', 'Rosa Imbert', ['Rosa Imbert']]]), []);
    expect(q).toMatchObject({ speakerKey: 'person:rosa-imbert', cue: 'said' });
  });

  it('an unlinked institution keeps its own attribution instead of borrowing the previous speaker', () => {
    const doc = docOf(
      '“We are ready,” Mayor Ida Park said.',
      'The regional water ministry said the pipes were “in good order”.',
    );
    const quotes = findQuotes(doc, entitiesOf(doc, [['person', 'Ida Park', ['Ida Park']]]), []);
    expect(quotes[1]).toMatchObject({
      speakerKey: null,
      speakerText: 'The regional water ministry',
      speakerRule: 'explicit',
    });
  });

  it('a bare definite description points back to the previous speaker ("the speaker also says")', () => {
    const doc = docOf(
      'On the tape, a voice purportedly Ivo Brandt’s calls the plan “a fraud.” The speaker also says he is “tired of waiting”.',
    );
    const quotes = findQuotes(doc, entitiesOf(doc, [['person', 'Ivo Brandt', ['Ivo Brandt']]]), []);
    expect(quotes[1]).toMatchObject({
      speakerKey: 'person:ivo-brandt',
      speakerText: 'The speaker',
      speakerRule: 'previous-sentence',
      hedged: true,
    });
  });

  it('a quote interrupted by its attribution stays full in both halves', () => {
    const doc = docOf('“We are ready,” coach Ilse Varga said, “and we will win on Sunday.”');
    const quotes = findQuotes(doc, entitiesOf(doc, [['person', 'Ilse Varga', ['Ilse Varga']]]), []);
    expect(quotes.map((q) => [q.kind, q.speakerKey])).toEqual([
      ['full', 'person:ilse-varga'],
      ['full', 'person:ilse-varga'],
    ]);
  });

  it('a second quote in the sentence shares the attribution (“…,” said X, adding: “…”)', () => {
    const doc = docOf('"The roads are open," said Pia Lund, adding: "Drive carefully."');
    const quotes = findQuotes(doc, entitiesOf(doc, [['person', 'Pia Lund', ['Pia Lund']]]), []);
    expect(quotes.map((q) => q.speakerKey)).toEqual(['person:pia-lund', 'person:pia-lund']);
    expect(quotes[1]!.kind).toBe('full');
  });
});

describe('findQuotes: multi-paragraph quotes', () => {
  it('one row per paragraph stretch; later stretches are continuations of the attributed speaker', () => {
    const doc = docOf(
      '“We have rebuilt the school,” headteacher Ruth Ocampo said. “Next we need teachers,',
      '“and then we need books. We will get there.”',
      'The school reopens in May.',
    );
    const quotes = findQuotes(doc, entitiesOf(doc, [['person', 'Ruth Ocampo', ['Ruth Ocampo']]]), []);
    expect(quotes.map((q) => q.text)).toEqual([
      'We have rebuilt the school,',
      'Next we need teachers,',
      'and then we need books. We will get there.',
    ]);
    // The second stretch is its own sentence after the attributed one; the third continues it in the next paragraph.
    expect(quotes.map((q) => q.speakerRule)).toEqual(['explicit', 'previous-sentence', 'continuation']);
    expect(quotes.every((q) => q.speakerKey === 'person:ruth-ocampo')).toBe(true);
    for (const q of quotes) expect(doc.body.slice(q.start, q.end)).not.toContain('\n');
  });

  it('an unbalanced mark never produces a span across paragraphs', () => {
    const doc = docOf('The mayor called the plan “reckless and said nothing more.', 'Councillors met the next day.');
    expect(findQuotes(doc, NONE, [])).toEqual([]);
  });
});

describe('quote marks', () => {
  it('apostrophes are not quote marks; ‘single’ quotes are', () => {
    const text = 'The farmers’ union rejected Kim’s offer, calling it ‘an insult’ to growers.';
    const stretches = findQuoteStretches(text, [{ start: 0, end: text.length }]);
    expect(stretches.map((s) => text.slice(s.start, s.end))).toEqual(['an insult']);
  });

  it('straight double quotes pair up', () => {
    const text = 'He said "yes" and then "no."';
    expect(findQuoteStretches(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end))).toEqual([
      'yes',
      'no.',
    ]);
  });

  it('property: spans never include the marks, stay inside one paragraph, and round-trip', () => {
    const piece = fc.constantFrom('“', '”', '"', '‘', '’', "'", 'word', ' ', 'Ann’s', ',', '.', '\n\n', 'say');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const paragraphs: Array<{ start: number; end: number }> = [];
        let at = 0;
        for (const part of text.split('\n\n')) {
          paragraphs.push({ start: at, end: at + part.length });
          at += part.length + 2;
        }
        for (const s of findQuoteStretches(text, paragraphs)) {
          const inner = text.slice(s.start, s.end);
          const paragraph = paragraphs[s.paragraph]!;
          if (s.start < paragraph.start || s.end > paragraph.end || inner.includes('\n')) return false;
          if (/^["“‘'«]/.test(inner) && s.openMark === s.start) return false;
          if (s.openMark !== s.start - 1 || (s.closeMark !== null && s.closeMark !== s.end)) return false;
          if (!/\S/.test(inner)) return false;
        }
        return true;
      }),
    );
  });
});

describe('findQuotes: robustness', () => {
  it('property: on any mix of marks, names and verbs it never throws, and every quote round-trips inside one paragraph without its marks', () => {
    const piece = fc.constantFrom(
      '“',
      '”',
      '"',
      '‘',
      '’',
      "'",
      ' ',
      'Ann Lee',
      ' said',
      ' he said',
      ', ',
      '. ',
      ': ',
      'the official',
      ' according to',
      'Cal’s',
      '\n\n',
      'We',
      ' won',
      '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const paragraphs = pieces
          .join('')
          .split('\n\n')
          .map((p) => p.trim() || 'x');
        const doc = docOf(...paragraphs);
        const entities = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
        for (const q of findQuotes(doc, entities, [])) {
          if (doc.body.slice(q.start, q.end) !== q.text || q.text.includes('\n')) return false;
          // The marks lie just outside the span: an opener before it, a closer (or the paragraph's end) after it.
          if (!'"“‘\'«„'.includes(doc.body[q.start - 1] ?? 'none')) return false;
          const after = doc.body[q.end];
          if (after !== undefined && after !== '\n' && !'"”’\'»'.includes(after)) return false;
          if (q.speakerKey !== null && q.speakerKey !== 'person:ann-lee') return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
