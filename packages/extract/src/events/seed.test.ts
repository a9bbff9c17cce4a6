/**
 * End to end on the seed article (data/raw, in the repository), through the real entity, time and quote
 * extractors: the events issue 9 lists, with their participants, status and dates.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '@dossier/ingest';
import type { EventAnnotation } from '@dossier/core';
import { extractArticle } from '../article.js';

const seed = new URL('../../../../data/raw/000_5333fd87b6e1a47e.txt', import.meta.url);

describe('seed article events', () => {
  const doc = parseArticle('000_5333fd87b6e1a47e.txt', readFileSync(seed)).doc!;
  const annotations = extractArticle(doc);
  const { events } = annotations;
  const keyOf = (name: string) => annotations.entities.find((e) => e.name === name)?.key ?? `missing:${name}`;
  const has = (e: EventAnnotation, name: string, role?: string) =>
    e.participants.some((p) => p.entityKey === keyOf(name) && (role === undefined || p.role === role));
  const find = (type: string, test: (e: EventAnnotation) => boolean) =>
    events.filter((e) => e.type === type && test(e));

  it('plans the CIA director’s meetings with the three intelligence and government chiefs over the coming days', () => {
    const [meeting] = find(
      'meeting',
      (e) => has(e, 'David Barnea') && has(e, 'Abbas Kamel') && has(e, 'Mohammed bin Abdulrahman Al Thani'),
    );
    expect(meeting).toBeDefined();
    expect(has(meeting!, 'Bill Burns', 'initiator')).toBe(true);
    expect(meeting).toMatchObject({ status: 'planned', dateValue: 'FUTURE_REF', dateSource: 'clause' });
  });

  it('sends the point person to Europe', () => {
    expect(find('visit', (e) => e.locationKey === keyOf('Europe') && has(e, 'Joe Biden'))).toHaveLength(1);
  });

  it('dates the past agreement to November 2023 and records its terms', () => {
    const [agreement] = find('agreement', (e) => has(e, 'Bill Burns') && has(e, 'David Barnea'));
    expect(agreement).toMatchObject({
      status: 'occurred',
      dateValue: '2023-11',
      dateStart: '2023-11-01',
      dateEnd: '2023-11-30',
    });
    expect(agreement!.terms).toContain('pause P1W');
    expect(agreement!.terms).toContain('release of more than 100 hostages');
    expect(agreement!.terms).toContain('exchange');
  });

  it('has Qatar propose a two-month ceasefire with phased releases in the past week', () => {
    const [proposal] = find('proposal', (e) => has(e, 'Qatar', 'initiator'));
    expect(proposal).toMatchObject({
      status: 'proposed',
      dateValue: 'P1W',
      dateStart: '2024-01-19',
      dateEnd: '2024-01-26',
    });
    expect(proposal!.terms).toContain('ceasefire P2M');
    expect(proposal!.terms).toContain('phased');
  });

  it('gives the prime minister and his defense minister as the speakers of their joint statement', () => {
    expect(
      find('statement', (e) => has(e, 'Benjamin Netanyahu', 'speaker') && has(e, 'Yoav Gallant', 'speaker')),
    ).toHaveLength(1);
  });

  it('finds the telephone calls between Biden and Netanyahu', () => {
    const [call] = find('phone_call', (e) => has(e, 'Joe Biden') && has(e, 'Benjamin Netanyahu'));
    expect(call).toMatchObject({ status: 'occurred', dateValue: null });
  });

  it('finds the recording aired on television and Qatar’s answer', () => {
    expect(find('publication', (e) => e.trigger === 'aired')).toHaveLength(1);
    const [answer] = find('statement', (e) => has(e, 'Qatar', 'speaker') && has(e, 'Benjamin Netanyahu'));
    expect(answer).toMatchObject({ status: 'occurred', dateValue: null, dateSource: null });
  });

  it('dates the White House’s gratitude to Thursday and ties the spokesman’s statement to his quote', () => {
    const [gratitude] = find('praise', (e) => has(e, 'White House', 'initiator') && has(e, 'Qatar', 'target'));
    expect(gratitude).toMatchObject({ dateValue: '2024-01-25', dateSource: 'clause', status: 'occurred' });
    const [statement] = find('statement', (e) => has(e, 'John Kirby', 'speaker'));
    expect(statement).toMatchObject({ dateValue: '2024-01-25TEV', dateStart: '2024-01-25' });
    const quote = annotations.quotes.find((q) => q.text.startsWith('Qatar is a key partner'));
    expect(quote).toBeDefined();
    expect(statement!.start <= quote!.start && quote!.end <= statement!.end).toBe(true);
  });

  it('never dates an event with the publication date it was not given', () => {
    for (const e of events.filter((x) => x.dateSource !== null)) {
      const source = doc.body.slice(e.timex!.start, e.timex!.end);
      expect(
        annotations.timexes.some((t) => t.start === e.timex!.start && t.end === e.timex!.end),
        source,
      ).toBe(true);
    }
  });
});
