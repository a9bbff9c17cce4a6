/** Properties that hold for any text, and the helper look-ups other extractors use. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findEntities } from './index.js';
import { entityAt, mentionsInSpan, mentionsOf, personsInSentence } from './findings.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

const docOf = (body: string) => articleOf(body, '2024-03-01');

// Words that exercise every branch: names, titles, particles, organizations, countries, punctuation.
const WORDS = [
  'Avery',
  'Lane',
  'Mr',
  'Dr.',
  'President',
  'prime',
  'minister',
  'Minister',
  'spokesman',
  'bin',
  'al-Farsi',
  'van',
  'der',
  'Council',
  'Security',
  'National',
  'CIA',
  'Qatar',
  'Qatari',
  'US',
  'U.S.',
  'Gaza',
  'Strip',
  'the',
  'a',
  'of',
  'and',
  'his',
  'its',
  'former',
  'said',
  ',',
  '.',
  '’s',
  "'",
  '-',
  '(',
  ')',
  '“',
  '”',
  'Thursday',
  'Jr.',
  'Sam',
  'told',
  'who',
  'is',
  'head',
  'aide',
  'to',
  '38',
];

describe('entity finder invariants', () => {
  it('never throws; spans round-trip; keys are unique; every mention and role points at an entity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 4 }),
        (paras) => {
          const body = paras.map((ws) => ws.join(' ')).join('\n\n');
          const f = findEntities(docOf(body));
          const keys = new Set(f.entities.map((e) => e.key));
          expect(keys.size).toBe(f.entities.length);
          for (const m of f.mentions) {
            expect(body.slice(m.start, m.end)).toBe(m.text);
            expect(keys.has(m.entityKey)).toBe(true);
          }
          for (const r of f.roles) {
            expect(body.slice(r.start, r.end)).toBe(r.text);
            expect(keys.has(r.personKey)).toBe(true);
            if (r.organizationKey) expect(keys.has(r.organizationKey)).toBe(true);
            if (r.countryKey) expect(keys.has(r.countryKey)).toBe(true);
          }
          for (const e of f.entities) {
            expect(e.aliases).not.toContain(e.name);
            expect(e.type === 'country').toBe(e.countryCode !== null);
          }
          expect(JSON.stringify(findEntities(docOf(body)))).toBe(JSON.stringify(f));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('helpers', () => {
  const body = 'CIA Director Marta Jennings met Qatari officials. Jennings thanked them.';
  const doc = docOf(body);
  const f = findEntities(doc);
  const jennings = f.entities.find((e) => e.name === 'Marta Jennings')!;

  it('mentionsInSpan returns the mentions inside a span', () => {
    expect(mentionsInSpan(f, { start: 0, end: 27 }).map((m) => m.text)).toEqual(['CIA', 'Marta Jennings']);
  });

  it('entityAt finds the entity under an offset, or null', () => {
    expect(entityAt(f, body.indexOf('Jennings thanked'))?.name).toBe('Marta Jennings');
    expect(entityAt(f, body.indexOf('met'))).toBeNull();
  });

  it('personsInSentence lists person mentions only', () => {
    expect(personsInSentence(f, doc.sentences[0]!).map((m) => m.text)).toEqual(['Marta Jennings']);
    expect(personsInSentence(f, doc.sentences[1]!).map((m) => m.entityKey)).toEqual([jennings.key]);
  });

  it('mentionsOf lists one entity’s mentions in order', () => {
    expect(mentionsOf(f, jennings.key).map((m) => m.text)).toEqual(['Marta Jennings', 'Jennings']);
  });
});
