import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented. Which syntactic uses of the reference adverbs are times (TimeML, TempEval-3 practice).
function timexes(body: string, published = '2021-11-02'): string[] {
  return findTimexes(articleOf(body, published)).map((t) => `${t.text}=${t.value}`);
}

describe('a one-word reference opening its sentence before a comma frames the discourse: no timex', () => {
  it('"Now,", "Previously,", "Earlier,", "Currently," at the start of a sentence are left out', () => {
    expect(timexes('The mill closed. Now, the town wants a park.')).toEqual([]);
    expect(timexes('Previously, the ferry ran twice a week.')).toEqual(['twice a week=P1W']);
    expect(timexes('The council agreed. Earlier, it had refused the plan.')).toEqual([]);
    expect(timexes('Currently, the bakery has four ovens.')).toEqual([]);
  });
  it('after an opening quotation mark too', () => {
    expect(timexes('He smiled. “Now, we wait,” he said.')).toEqual([]);
  });
  it('the same words inside the sentence, or without the comma, stay references', () => {
    expect(timexes('The town now wants a park.')).toEqual(['now=PRESENT_REF']);
    expect(timexes('Now the town wants a park.')).toEqual(['Now=PRESENT_REF']);
    expect(timexes('The ferry has previously run twice a week.')).toEqual(['previously=PAST_REF', 'twice a week=P1W']);
    expect(timexes('The bakery, currently closed, has four ovens.')).toEqual(['currently=PRESENT_REF']);
    expect(timexes('For now, the bakery stays shut.')).toEqual(['now=PRESENT_REF']);
  });
});

describe('"previously" is a time after a perfect auxiliary only', () => {
  it('"has previously said", "had previously run" → PAST_REF', () => {
    expect(timexes('The council has previously said it would sell the pier.')).toEqual(['previously=PAST_REF']);
    expect(timexes('The ferry had previously run at a loss.')).toEqual(['previously=PAST_REF']);
  });
  it('"previously said", "a previously announced plan", "as previously planned" are left out', () => {
    expect(timexes('The council previously said it would sell the pier.')).toEqual([]);
    expect(timexes('The mill confirmed a previously announced plan to close.')).toEqual([]);
    expect(timexes('The parade went ahead as previously planned.')).toEqual([]);
  });
});

describe('"soon" in a past clause relates two events (like "shortly"): no timex', () => {
  it('"soon became", "was soon released" are left out', () => {
    expect(timexes('A trickle of visitors soon became a flood.')).toEqual([]);
    expect(timexes('The sailor was soon released from hospital.')).toEqual([]);
  });
  it('"will soon move", "talks would be held soon", "resume talks soon" stay FUTURE_REF', () => {
    expect(timexes('The ferry will soon move to a new pier.')).toEqual(['soon=FUTURE_REF']);
    expect(timexes('He said talks would be held soon.')).toEqual(['soon=FUTURE_REF']);
    expect(timexes('Both sides agreed to resume talks soon.')).toEqual(['soon=FUTURE_REF']);
  });
});

describe('present references that the annotated sets leave out', () => {
  it('"at the moment", "at this time", "at this point", "presently" are no timexes; "now" beside them stays', () => {
    expect(timexes('The ferry is idle at the moment and the crew is ashore now.')).toEqual(['now=PRESENT_REF']);
    expect(timexes('The council has no plans to sell the pier at this time.')).toEqual([]);
    expect(timexes('At this point the bakery cannot hire more staff.')).toEqual([]);
    expect(timexes('The mill presently employs forty people.')).toEqual([]);
  });
});
