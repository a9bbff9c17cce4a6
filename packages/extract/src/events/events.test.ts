/**
 * findEvents on articles written for these tests (invented people and countries), parsed by the real ingest
 * stage. Entities, temporal expressions and quotes are built by hand, so these tests check the event logic
 * alone: status, dates, participants, terms and quote statements.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  entityId,
  type ArticleDoc,
  type EntityType,
  type EventAnnotation,
  type LocalEntity,
  type MentionAnnotation,
  type QuoteAnnotation,
  type TimexAnnotation,
  type TimexType,
} from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';
import { findEvents } from './index.js';
import { articleOf } from '../article.test-helpers.js';

const PUBLISHED = '2031-03-14';

const docOf = (body: string) => articleOf(body, PUBLISHED);

type EntitySpec = [EntityType, string, string[]?];

const WORLD: EntitySpec[] = [
  ['person', 'Ann Vale', ['Vale']],
  ['person', 'Tomas Rudd', ['Rudd']],
  ['person', 'Lena Ostrova', ['Ostrova']],
  ['person', 'Piet Havel', ['Havel']],
  ['country', 'Freedonia', ['Freedonian']],
  ['country', 'Sylvania', ['Sylvanian']],
  ['country', 'Marovia', ['Marovian']],
  ['organization', 'Northern Front'],
  ['organization', 'Foreign Ministry'],
  ['place', 'Lakeport'],
  ['place', 'Geneva'],
];

/** Every occurrence of every name and alias in WORLD, longest first, as mentions. */
function entitiesOf(doc: ArticleDoc, specs: EntitySpec[] = WORLD): EntityFindings {
  const entities: LocalEntity[] = specs.map(([type, name, aliases]) => ({
    key: entityId(type, name),
    type,
    name,
    aliases: aliases ?? [],
    countryCode: null,
  }));
  const forms = specs.flatMap(([type, name, aliases]) =>
    [name, ...(aliases ?? [])].map((form) => ({ form, key: entityId(type, name) })),
  );
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken = new Set<number>();
  const mentions: MentionAnnotation[] = [];
  for (const { form, key } of forms) {
    for (const m of doc.body.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
      const start = m.index!;
      if ([...Array(form.length).keys()].some((k) => taken.has(start + k))) continue;
      for (let k = 0; k < form.length; k++) taken.add(start + k);
      mentions.push({
        start,
        end: start + form.length,
        text: form,
        entityKey: key,
        kind: form.includes(' ') ? 'name' : 'alias',
      });
    }
  }
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start), roles: [] };
}

function timex(
  doc: ArticleDoc,
  text: string,
  type: TimexType,
  value: string,
  range: [string, string] | null = null,
): TimexAnnotation {
  const start = doc.body.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the test article`);
  return {
    start,
    end: start + text.length,
    text,
    type,
    value,
    anchor: PUBLISHED,
    rangeStart: range?.[0] ?? null,
    rangeEnd: range?.[1] ?? null,
    precision: 'day',
    rule: 'test',
  };
}

function run(
  body: string,
  timexes: (doc: ArticleDoc) => TimexAnnotation[] = () => [],
  quotes: (doc: ArticleDoc) => QuoteAnnotation[] = () => [],
) {
  const doc = docOf(body);
  return { doc, events: findEvents(doc, { entities: entitiesOf(doc), timexes: timexes(doc), quotes: quotes(doc) }) };
}

function only(events: EventAnnotation[], type: string): EventAnnotation {
  const found = events.filter((e) => e.type === type);
  if (found.length !== 1)
    throw new Error(
      `expected one ${type} event, found ${found.length}: ${JSON.stringify(events.map((e) => [e.type, e.trigger, e.text]))}`,
    );
  return found[0]!;
}

const roles = (e: EventAnnotation) => e.participants.map((p) => `${p.role}:${p.entityKey}`).sort();

describe('status', () => {
  it('reads "are expected to take place over the coming days" as planned', () => {
    const { events } = run(
      'Vale’s meetings with Rudd and Ostrova are expected to take place over the coming days.',
      (d) => [timex(d, 'over the coming days', 'DATE', 'FUTURE_REF')],
    );
    const meeting = only(events, 'meeting');
    expect(meeting.status).toBe('planned');
    expect(meeting.dateValue).toBe('FUTURE_REF');
    expect(meeting.dateSource).toBe('clause');
  });

  it('reads "will meet" as planned', () => {
    expect(only(run('Ann Vale will meet Tomas Rudd in Geneva.').events, 'meeting').status).toBe('planned');
  });

  it('reads a deal that "would see" prisoners freed in stages as proposed, with its terms', () => {
    const { events } = run(
      'Freedonia put forward a plan for a three-month truce that would see prisoners freed in stages.',
      (d) => [timex(d, 'three-month', 'DURATION', 'P3M')],
    );
    const proposal = only(events, 'proposal');
    expect(proposal.status).toBe('proposed');
    expect(proposal.terms).toContain('truce P3M');
    expect(proposal.terms).toContain('phased');
    expect(proposal.terms).toContain('parties: Freedonia');
    // The truce and the release are the plan's terms, not events of their own.
    expect(events.filter((e) => e.type === 'ceasefire' || e.type === 'release')).toEqual([]);
  });

  it('reads "would" in a sentence about a proposal as proposed', () => {
    const { events } = run('Under the proposal, Sylvania would release Ostrova next month.', (d) => [
      timex(d, 'next month', 'DATE', '2031-04'),
    ]);
    expect(only(events, 'release').status).toBe('proposed');
  });

  it('reads "did not meet" as negated', () => {
    expect(only(run('Ann Vale did not meet Tomas Rudd on Monday.').events, 'meeting').status).toBe('negated');
  });

  it('keeps a negation in the main clause away from the event of a "that" clause', () => {
    expect(only(run('Freedonia is not convinced that Marovia will attack Lakeport.').events, 'attack').status).toBe(
      'planned',
    );
  });

  it('reads an event under "if" as hypothetical', () => {
    expect(only(run('If Freedonia signed the accord, Marovia said it would follow.').events, 'agreement').status).toBe(
      'hypothetical',
    );
  });

  it('reads "could" as hypothetical', () => {
    expect(only(run('Freedonia could attack Marovia within weeks.').events, 'attack').status).toBe('hypothetical');
  });

  it('reads a plain past-tense report as occurred', () => {
    const { events } = run('Ann Vale met Tomas Rudd in Lakeport on Tuesday.', (d) => [
      timex(d, 'on Tuesday', 'DATE', '2031-03-11'),
    ]);
    const meeting = only(events, 'meeting');
    expect(meeting.status).toBe('occurred');
    expect(meeting.locationKey).toBe('place:lakeport');
  });

  it('reads "reportedly" as reported', () => {
    expect(only(run('Northern Front fighters reportedly attacked Lakeport.').events, 'attack').status).toBe('reported');
  });

  it('keeps "declined to comment" an occurred statement, not a negated one', () => {
    const statement = only(run('The Foreign Ministry declined to comment on the visit.').events, 'statement');
    expect(statement.status).toBe('occurred');
    expect(roles(statement)).toEqual(['speaker:organization:foreign-ministry']);
  });

  it('reads a reduced relative after a named event ("a summit to be held") as planned', () => {
    const { events } = run('The cabinet approved a delegation for a summit to be held on Friday in Geneva.', (d) => [
      timex(d, 'on Friday', 'DATE', '2031-03-21'),
    ]);
    expect(only(events, 'meeting')).toMatchObject({
      status: 'planned',
      dateValue: '2031-03-21',
      locationKey: 'place:geneva',
    });
  });

  it('reads a future date in the clause as planned when no cue says otherwise', () => {
    const { events } = run('Vale travels to Geneva on Friday.', (d) => [timex(d, 'on Friday', 'DATE', '2031-03-21')]);
    expect(only(events, 'visit').status).toBe('planned');
  });
});

describe('dates', () => {
  it('takes the clause’s temporal expression and its range', () => {
    const { doc, events } = run('Ann Vale held talks with Sylvanian officials over the past week.', (d) => [
      timex(d, 'the past week', 'DURATION', 'P1W', ['2031-03-07', '2031-03-14']),
    ]);
    const talks = only(events, 'talks');
    expect(talks).toMatchObject({
      dateValue: 'P1W',
      dateStart: '2031-03-07',
      dateEnd: '2031-03-14',
      dateSource: 'clause',
    });
    expect(doc.body.slice(talks.timex!.start, talks.timex!.end)).toBe('the past week');
  });

  it('fills a month’s first and last day', () => {
    const { events } = run('Vale and Rudd were central to a November agreement.', (d) => [
      timex(d, 'November', 'DATE', '2030-11'),
    ]);
    expect(only(events, 'agreement')).toMatchObject({
      dateValue: '2030-11',
      dateStart: '2030-11-01',
      dateEnd: '2030-11-30',
      status: 'occurred',
    });
  });

  it('inherits the date of the nearest earlier event in the paragraph, and says so', () => {
    const { events } = run('Ann Vale met Tomas Rudd in Lakeport on Tuesday. Vale also spoke with Ostrova.', (d) => [
      timex(d, 'on Tuesday', 'DATE', '2031-03-11'),
    ]);
    const talks = only(events, 'talks');
    expect(talks).toMatchObject({ dateValue: '2031-03-11', dateStart: '2031-03-11', dateSource: 'inherited' });
    const meeting = only(events, 'meeting');
    expect(talks.timex).toEqual(meeting.timex);
  });

  it('does not inherit across paragraphs', () => {
    const { events } = run('Ann Vale met Tomas Rudd in Lakeport on Tuesday.\n\nVale also spoke with Ostrova.', (d) => [
      timex(d, 'on Tuesday', 'DATE', '2031-03-11'),
    ]);
    expect(only(events, 'talks')).toMatchObject({ dateValue: null, dateSource: null, timex: null });
  });

  it('does not give a planned event a past date', () => {
    const { events } = run('Ann Vale met Tomas Rudd on Tuesday. Vale will meet Ostrova as well.', (d) => [
      timex(d, 'on Tuesday', 'DATE', '2031-03-11'),
    ]);
    const planned = events.find((e) => e.type === 'meeting' && e.status === 'planned')!;
    expect(planned).toMatchObject({ dateValue: null, dateSource: null });
  });

  it('leaves an undated event undated instead of using the publication date', () => {
    const { events } = run('Freedonia criticized Marovia.');
    expect(only(events, 'criticism')).toMatchObject({
      dateValue: null,
      dateStart: null,
      dateEnd: null,
      dateSource: null,
      timex: null,
    });
  });

  it('does not date a statement by a date inside what was said', () => {
    const { events } = run('Ann Vale has said the war may last for the rest of the year.', (d) => [
      timex(d, 'the rest of the year', 'DATE', '2031', ['2031-03-14', '2031-12-31']),
    ]);
    expect(only(events, 'statement')).toMatchObject({ dateValue: null, dateSource: null });
  });
});

describe('participants', () => {
  it('makes the owner of "meetings" the initiator and those after "with" participants', () => {
    const { events } = run('Vale’s meetings with Rudd and Ostrova ended on time.');
    expect(roles(only(events, 'meeting'))).toEqual([
      'initiator:person:ann-vale',
      'participant:person:lena-ostrova',
      'participant:person:tomas-rudd',
    ]);
  });

  it('makes both sides of "calls between A and B" participants', () => {
    const { events } = run('The pressure came in telephone calls between Vale and Rudd.');
    expect(roles(only(events, 'phone_call'))).toEqual(['participant:person:ann-vale', 'participant:person:tomas-rudd']);
  });

  it('turns "spoke with X by phone" into a call', () => {
    const { events } = run('Ann Vale spoke with Tomas Rudd by phone.');
    expect(roles(only(events, 'phone_call'))).toEqual(['initiator:person:ann-vale', 'participant:person:tomas-rudd']);
    expect(events.filter((e) => e.type === 'talks')).toEqual([]);
  });

  it('takes "by A and B" as the initiators', () => {
    const { events } = run('Talks stalled over proposals that were put forward by both Freedonia and Sylvania.');
    expect(roles(only(events, 'proposal'))).toEqual(['initiator:country:freedonia', 'initiator:country:sylvania']);
  });

  it('makes the subject of a reporting verb the speaker and who it names the target', () => {
    const { events } = run('Marovia said Rudd was undermining the talks.');
    expect(roles(only(events, 'statement'))).toEqual(['speaker:country:marovia', 'target:person:tomas-rudd']);
  });

  it('keeps both speakers when the second is an appositive name between commas', () => {
    const { events } = run('Ann Vale and her deputy, Tomas Rudd, have said the war may go on.');
    expect(roles(only(events, 'statement'))).toEqual(['speaker:person:ann-vale', 'speaker:person:tomas-rudd']);
  });

  it('ends a reporting verb’s subject at the comma before the speaker’s name', () => {
    const { events } = run('Fighting went on in Lakeport, Freedonian spokesman Piet Havel said.');
    expect(roles(only(events, 'statement'))).toEqual(['speaker:person:piet-havel']);
  });

  it('reads "he" after a reporting verb as the person who reports, and only when one person is named', () => {
    expect(roles(only(run('Ann Vale said she had met Rudd in Geneva.').events, 'meeting'))).toEqual([
      'participant:person:ann-vale',
      'participant:person:tomas-rudd',
    ]);
    expect(roles(only(run('Ann Vale and Lena Ostrova said she had met Rudd in Geneva.').events, 'meeting'))).toEqual([
      'participant:person:tomas-rudd',
    ]);
  });

  it('skips a country that only qualifies a person’s title', () => {
    const { events } = run('Freedonian Foreign Minister Ann Vale criticized Marovia.');
    expect(roles(only(events, 'criticism'))).toEqual(['initiator:person:ann-vale', 'target:country:marovia']);
  });

  it('gives a relative clause the subject that ends the clause before it', () => {
    const { events } = run('Officials thanked Sylvania — which has acted as a mediator — on Monday.');
    expect(roles(only(events, 'mediation'))).toEqual(['mediator:country:sylvania']);
  });

  it('names the mediator of "Sylvania-mediated talks" and keeps the talks as the event', () => {
    const { events } = run('The deadline follows Sylvania-mediated talks between Freedonia and Marovia.');
    expect(roles(only(events, 'talks'))).toEqual([
      'mediator:country:sylvania',
      'participant:country:freedonia',
      'participant:country:marovia',
    ]);
    expect(events.filter((e) => e.type === 'mediation')).toEqual([]);
  });

  it('carries the subject over a dash parenthetical', () => {
    const { events } = run('Lena Ostrova - a lawmaker who rarely speaks out - accused Rudd of lying.');
    expect(roles(only(events, 'criticism'))).toEqual(['initiator:person:lena-ostrova', 'target:person:tomas-rudd']);
  });

  it('drops an event nothing anchors: no participant, date or place', () => {
    expect(run('Whether a deal can be reached remains to be seen.').events).toEqual([]);
  });

  it('links every participant to a mention of its entity', () => {
    const { doc, events } = run('Vale’s meetings with Rudd and Ostrova ended on time.');
    for (const p of events.flatMap((e) => e.participants))
      expect(doc.body.slice(p.span.start, p.span.end)).toBe(p.span.text);
  });
});

describe('statements from quotes', () => {
  const body = '“We are ready to talk. The door is open,” Foreign Minister Ann Vale said in a statement on Monday.';
  const quotes = (d: ArticleDoc): QuoteAnnotation[] => {
    const text = 'We are ready to talk. The door is open,';
    const start = d.body.indexOf(text);
    return [
      {
        start,
        end: start + text.length,
        text,
        speakerKey: 'person:ann-vale',
        speakerText: 'Foreign Minister Ann Vale',
        speakerRule: 'explicit',
        cue: 'said',
        kind: 'full',
        hedged: false,
        dateValue: '2031-03-10',
        timex: null,
      },
    ];
  };

  it('gives one statement per attributed quote, spanning the quote, with its speaker', () => {
    const { doc, events } = run(body, (d) => [timex(d, 'on Monday', 'DATE', '2031-03-10')], quotes);
    const statement = only(events, 'statement');
    const quote = quotes(doc)[0]!;
    expect(statement.start).toBeLessThanOrEqual(quote.start);
    expect(statement.end).toBeGreaterThanOrEqual(quote.end);
    expect(roles(statement)).toEqual(['speaker:person:ann-vale']);
    expect(statement).toMatchObject({
      dateValue: '2031-03-10',
      dateSource: 'clause',
      status: 'occurred',
      trigger: 'said',
    });
  });

  it('lets the quote’s named speaker win over a speaker read off the verb’s phrase', () => {
    const body = 'Ann Vale arrived late. “We are ready,” the Freedonian envoy said.';
    const quote = (d: ArticleDoc): QuoteAnnotation[] => {
      const start = d.body.indexOf('We are ready,');
      return [
        {
          start,
          end: start + 'We are ready,'.length,
          text: 'We are ready,',
          speakerKey: 'person:ann-vale',
          speakerText: 'the Freedonian envoy',
          speakerRule: 'explicit',
          cue: 'said',
          kind: 'full',
          hedged: false,
          dateValue: null,
          timex: null,
        },
      ];
    };
    const { doc, events } = run(body, () => [], quote);
    const statement = only(events, 'statement');
    expect(roles(statement)).toEqual(['speaker:person:ann-vale']);
    // The speaker's mention is the nearest one before the quote, as the attribution names no one.
    expect(doc.body.slice(statement.participants[0]!.span.start, statement.participants[0]!.span.end)).toBe('Ann Vale');
  });

  it('reads no events from inside the quotation marks', () => {
    const { events } = run('“We will never meet Rudd,” Vale said.');
    expect(events.map((e) => e.type)).toEqual(['statement']);
  });
});

describe('invariants', () => {
  const SENTENCES = [
    'Ann Vale met Tomas Rudd in Lakeport.',
    'Freedonia and Sylvania signed an accord on Tuesday.',
    'Marovia said Rudd would visit Geneva next week.',
    'Northern Front fighters attacked Lakeport, killing three people.',
    '“We are ready,” Ostrova said.',
    'If Sylvania agrees, the truce could start in April.',
    'Vale’s talks with Havel in Geneva did not produce a deal.',
    'The Foreign Ministry praised Freedonia for its mediation.',
  ];
  const codeList = JSON.parse(
    readFileSync(new URL('../../../../schemas/codelists/event-types.json', import.meta.url), 'utf8'),
  ) as { types: Array<{ id: string }> };
  const types = new Set(codeList.types.map((t) => t.id));

  it('survives any mix of trigger words, names, quotes, dashes and astral characters', () => {
    const WORDS = [
      'Vale',
      'met',
      'talks',
      'with',
      'Rudd',
      'said',
      '“',
      '”',
      '"',
      '—',
      '-',
      ',',
      'which',
      'not',
      'will',
      'if',
      'deal',
      'in',
      'Geneva',
      'by',
      'and',
      '😀',
      'ceasefire',
      'would',
      'release',
      'of',
      'the',
      'Freedonia',
      "'s",
      'that',
      '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }), (words) => {
        const doc = docOf(`${words.join(' ')}.`);
        const findings = entitiesOf(doc);
        for (const e of findEvents(doc, { entities: findings, timexes: [], quotes: [] })) {
          expect(types.has(e.type)).toBe(true);
          expect(doc.body.slice(e.start, e.end)).toBe(e.text);
          expect(e.end).toBeGreaterThan(e.start);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('emits events whose spans, texts, types and participants hold together, deterministically', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (picked, paragraphs) => {
          const doc = docOf(picked.join(paragraphs ? '\n\n' : ' '));
          const findings = entitiesOf(doc);
          const events = findEvents(doc, { entities: findings, timexes: [], quotes: [] });
          const again = findEvents(doc, { entities: findings, timexes: [], quotes: [] });
          expect(again).toEqual(events);
          const spans = new Set<string>();
          for (const e of events) {
            expect(types.has(e.type)).toBe(true);
            expect(doc.body.slice(e.start, e.end)).toBe(e.text);
            expect(spans.has(`${e.start}-${e.end}`)).toBe(false);
            spans.add(`${e.start}-${e.end}`);
            expect(e.dateSource === null).toBe(e.dateValue === null);
            for (const p of e.participants) {
              expect(
                findings.mentions.some(
                  (m) => m.start === p.span.start && m.end === p.span.end && m.entityKey === p.entityKey,
                ),
              ).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
