import { describe, expect, it } from 'vitest';
import { eventTypeOfLabel, parseGoldEvent, scoreArticleEvents, type EventRow } from './events.js';
import { scoreDataset } from './report.js';
import { renderMarkdown, renderText } from './render.js';
import { BODY, GOLD, perfectTables } from './fixture.test-helpers.js';

const row = (type: string, status: string, trigger = 'x', start = 0): EventRow => ({ type, status, trigger, start });

describe('gold event lines', () => {
  it('reads the label, folds it onto an event type and finds the status', () => {
    expect(parseGoldEvent('meeting: the two mayors in Velmouth; planned, Sunday 2025-03-09')).toMatchObject({
      label: 'meeting',
      type: 'meeting',
      status: 'planned',
    });
    expect(parseGoldEvent('calls: the minister spoke with her counterpart; occurred, Friday 2025-03-07')).toMatchObject(
      { type: 'phone_call', status: 'occurred' },
    );
    expect(parseGoldEvent('air strikes: overnight raids on the port; occurred')).toMatchObject({
      type: 'attack',
      status: 'occurred',
    });
  });

  it('leaves a label that names no kind of event unscored, and a line without a status without one', () => {
    expect(parseGoldEvent('background: the harbour was built in 1900').type).toBeNull();
    expect(parseGoldEvent('statement: the port said it would reopen').status).toBeNull();
    expect(eventTypeOfLabel('Summits')).toBe('meeting');
    expect(eventTypeOfLabel('deadline')).toBeNull();
  });
});

describe('scoreArticleEvents', () => {
  const lines = [
    'meeting: the mayors met; occurred',
    'statement: the port said so; occurred',
    'proposal: a new schedule; proposed',
    'background: history; occurred',
  ];

  it('matches one predicted event of the same type per gold line, and scores the status on the matched pairs', () => {
    const s = scoreArticleEvents('a1', lines, [
      row('meeting', 'planned'),
      row('statement', 'occurred'),
      row('statement', 'occurred'),
      row('attack', 'occurred'),
    ]);
    expect(s.event_types).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(s.event_types.missed).toEqual([expect.stringContaining('proposal (proposed)')]);
    expect(s.event_statuses).toMatchObject({ tp: 1, fp: 3, fn: 2 });
    expect(s.event_statuses.missed).toEqual([expect.stringMatching(/^meeting \(occurred\).*found planned$/)]);
    expect(s.not_scored).toEqual(['background: history; occurred']);
  });

  it('pairs statuses where it can when two events share a type', () => {
    const s = scoreArticleEvents(
      'a1',
      ['talks: first round; occurred', 'talks: next round; planned'],
      [row('talks', 'planned'), row('talks', 'occurred')],
    );
    expect(s.event_statuses).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('events in the quality report', () => {
  it('scores articles whose gold lists events, and says so when none does', () => {
    const tables = perfectTables();
    expect(scoreDataset(tables, [{ file: 'a1.gold.json', gold: GOLD }]).events).toMatchObject({
      articles_scored: 0,
      micro: null,
    });
    const gold = {
      ...GOLD,
      events_for_review: ['statement: the spokeswoman on the queue; occurred', 'proposal: new cranes; proposed'],
    };
    tables.events = [
      {
        article_id: 'a1',
        type: 'statement',
        status: 'occurred',
        trigger: 'said',
        start: BODY.indexOf('said'),
        end: BODY.indexOf('said') + 4,
        text: 'said',
      },
    ];
    const report = scoreDataset(tables, [{ file: 'a1.gold.json', gold }]);
    expect(report.events.articles_scored).toBe(1);
    expect(report.events.micro?.event_types).toMatchObject({ tp: 1, fp: 0, fn: 1, recall: 0.5 });
    expect(renderText(report, 't')).toMatch(/^event_types +1\.000 +0\.500 +0\.667 +1\/0\/1$/m);
    expect(renderMarkdown(report)).toContain('| event_types | 1.000 | 0.500 | 0.667 | 1 | 0 | 1 |');
  });
});
