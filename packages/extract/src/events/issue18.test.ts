/**
 * Issue 18: event arguments by syntactic role, status from modality, date from the event's own clause, and a
 * type for institutional decisions. Sentences written for these tests; people, outlets and institutions invented.
 */
import { describe, expect, it } from 'vitest';
import {
  entityId,
  type ArticleDoc,
  type EntityType,
  type EventAnnotation,
  type LocalEntity,
  type MentionAnnotation,
  type TimexAnnotation,
} from '@dossier/core';
import { findEvents } from './index.js';
import { articleOf } from '../article.test-helpers.js';

type Spec = [EntityType, string];
const WORLD: Spec[] = [
  ['person', 'Ann Vale'],
  ['person', 'Tomas Rudd'],
  ['organization', 'Channel Nine News'],
  ['organization', 'Northern Front'],
  ['organization', 'Central Bank of Marovia'],
  ['organization', 'Supreme Court'],
  ['country', 'Freedonia'],
  ['place', 'Lakeport'],
];

function entitiesOf(doc: ArticleDoc) {
  const entities: LocalEntity[] = WORLD.map(([type, name]) => ({
    key: entityId(type, name),
    type,
    name,
    aliases: [],
    countryCode: null,
  }));
  const mentions: MentionAnnotation[] = [];
  for (const [type, name] of WORLD) {
    for (const m of doc.body.matchAll(new RegExp(`\\b${name}\\b`, 'g')))
      mentions.push({
        start: m.index!,
        end: m.index! + name.length,
        text: name,
        entityKey: entityId(type, name),
        kind: 'name',
      });
  }
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start), roles: [] };
}

function dated(doc: ArticleDoc, text: string, value: string): TimexAnnotation {
  const start = doc.body.indexOf(text);
  return {
    start,
    end: start + text.length,
    text,
    type: 'DATE',
    value,
    anchor: '2031-03-14',
    rangeStart: null,
    rangeEnd: null,
    precision: 'day',
    rule: 'test',
  };
}

function eventsOf(body: string, dates: Array<[string, string]> = []): EventAnnotation[] {
  const doc = articleOf(body, '2031-03-14');
  return findEvents(doc, { entities: entitiesOf(doc), timexes: dates.map(([t, v]) => dated(doc, t, v)), quotes: [] });
}

const roles = (e: EventAnnotation | undefined) => (e?.participants ?? []).map((p) => `${p.role}:${p.entityKey}`);
const ofType = (events: EventAnnotation[], type: string) => events.find((e) => e.type === type);

describe('the source of a report is not a participant', () => {
  it('"According to X, A arrived in P": X is no traveller', () => {
    const visit = ofType(
      eventsOf('According to Channel Nine News, Ann Vale and her delegation arrived in Lakeport on Tuesday.', [
        ['on Tuesday', '2031-03-11'],
      ]),
      'visit',
    );
    expect(roles(visit)).toEqual(['initiator:person:ann-vale']);
  });

  it('"X reported that A held talks with B": the outlet reports, it takes no part in the talks', () => {
    const events = eventsOf('Channel Nine News reported that Ann Vale held talks with Tomas Rudd.');
    expect(roles(ofType(events, 'talks'))).not.toContain('participant:organization:channel-nine-news');
    expect(roles(ofType(events, 'talks'))).not.toContain('initiator:organization:channel-nine-news');
    expect(roles(ofType(events, 'publication'))).toEqual(['initiator:organization:channel-nine-news']);
  });
});

describe('roles by syntax', () => {
  it('a relative clause hangs on the phrase that ends the clause before, not on the outlet that reports', () => {
    const events = eventsOf(
      'Channel Nine News reported optimism among the negotiators, who expect a breakthrough in the talks with Tomas Rudd.',
    );
    for (const e of events.filter((x) => x.type !== 'publication'))
      expect(roles(e).join(' ')).not.toContain('channel-nine-news');
  });

  it('"One of the demands of X is …": X makes the demand', () => {
    const demand = ofType(
      eventsOf('One of the demands of the Northern Front is the release of all prisoners.'),
      'demand',
    );
    expect(roles(demand)).toEqual(['initiator:organization:northern-front']);
  });
});

describe('status from modality and tense', () => {
  it('"the meeting is scheduled for Sunday evening" → planned', () => {
    const meeting = ofType(
      eventsOf('The meeting between Ann Vale and Tomas Rudd is scheduled for Sunday evening.', [
        ['Sunday evening', '2031-03-16TEV'],
      ]),
      'meeting',
    );
    expect(meeting?.status).toBe('planned');
  });

  it('"… arrived on Sunday and the meeting is scheduled for Sunday evening": a planned meeting of its own', () => {
    const events = eventsOf(
      'According to Channel Nine News, Ann Vale arrived in Lakeport on Sunday and the meeting is scheduled for Sunday evening.',
      [
        ['on Sunday', '2031-03-16'],
        ['Sunday evening', '2031-03-16TEV'],
      ],
    );
    expect(ofType(events, 'meeting')).toMatchObject({ status: 'planned', dateValue: '2031-03-16TEV' });
    expect(roles(ofType(events, 'visit'))).toEqual(['initiator:person:ann-vale']);
  });

  it('"the summit to be held on Friday" → planned', () => {
    expect(
      ofType(
        eventsOf('Ann Vale will attend the summit to be held on Friday in Lakeport.', [['on Friday', '2031-03-20']]),
        'meeting',
      )?.status,
    ).toBe('planned');
  });

  it('"is sending her envoy to the talks" and "the talks she is sending her envoy to" → planned', () => {
    expect(ofType(eventsOf('Ann Vale is sending her envoy to the talks in Lakeport.'), 'talks')?.status).toBe(
      'planned',
    );
    expect(ofType(eventsOf('Tomas Rudd praised the talks Ann Vale is sending her envoy to.'), 'talks')?.status).toBe(
      'planned',
    );
    // A progressive with no "to" describes talks under way, not arranged ones.
    expect(ofType(eventsOf('Ann Vale and Tomas Rudd are holding talks in Lakeport.'), 'talks')?.status).not.toBe(
      'planned',
    );
  });

  it('denied and cancelled events are negated', () => {
    expect(ofType(eventsOf('Ann Vale denied that she met Tomas Rudd in Lakeport.'), 'meeting')?.status).toBe('negated');
    expect(
      ofType(eventsOf('The planned meeting between Ann Vale and Tomas Rudd was cancelled.'), 'meeting')?.status,
    ).toBe('negated');
  });
});

describe('date from the event own clause', () => {
  it('"X said on Wednesday that a rate cut in July …": the statement is Wednesday, the cut July', () => {
    const events = eventsOf('Tomas Rudd said on Wednesday that a second rate cut in July was not a given.', [
      ['on Wednesday', '2031-03-12'],
      ['July', '2031-07'],
    ]);
    expect(ofType(events, 'statement')?.dateValue).toBe('2031-03-12');
    expect(ofType(events, 'decision')?.dateValue).toBe('2031-07');
  });
});

describe('institutional decisions', () => {
  it.each([
    [
      'The Central Bank of Marovia cut its key interest rate by a quarter point on Thursday.',
      'initiator:organization:central-bank-of-marovia',
    ],
    ['The Supreme Court ruled on Monday that the law was unconstitutional.', 'initiator:organization:supreme-court'],
    ['Freedonia imposed sanctions on the Northern Front on Monday.', 'initiator:country:freedonia'],
  ])('%s → a decision by its institution', (body, initiator) => {
    const decision = ofType(
      eventsOf(
        body,
        [
          ['on Thursday', '2031-03-13'],
          ['on Monday', '2031-03-10'],
        ].filter(([t]) => body.includes(t!)) as Array<[string, string]>,
      ),
      'decision',
    );
    expect(decision?.status).toBe('occurred');
    expect(roles(decision)[0]).toBe(initiator);
  });

  it('the sanctioned party is the target; "ruled out" is no ruling', () => {
    expect(roles(ofType(eventsOf('Freedonia imposed sanctions on the Northern Front.'), 'decision'))).toContain(
      'target:organization:northern-front',
    );
    expect(ofType(eventsOf('Ann Vale ruled out new talks with Tomas Rudd.'), 'decision')).toBeUndefined();
    expect(ofType(eventsOf('The ruling party of Freedonia met in Lakeport.'), 'decision')).toBeUndefined();
  });
});
