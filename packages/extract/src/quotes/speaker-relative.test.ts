/**
 * Issue 18, tenth pass: the subject of a verb of saying inside a relative clause or after "with". Every sentence
 * here is written for these tests; the people are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

const people = (doc: ReturnType<typeof docOf>) =>
  entitiesOf(doc, [
    ['person', 'Ann Lee', ['Ann Lee', 'Lee']],
    ['person', 'Ole Brand', ['Ole Brand']],
  ]);

describe('an object relative clause has a subject of its own', () => {
  it('"Ole Brand, who Ann Lee on Wednesday called “…”" gives the words to Ann Lee, not to Ole Brand', () => {
    const doc = docOf('Much of the ire was directed at Ole Brand, who Lee on Wednesday called “a horrible person.”');
    expect(quoteOf(doc, people(doc), 'a horrible').speakerKey).toBe('person:ann-lee');
  });

  it('"Ole Brand, who has long opposed the plan, said “…”" still gives them to Ole Brand', () => {
    const doc = docOf('Ole Brand, who has long opposed the plan, said it was “a horrible idea.” Ann Lee left.');
    expect(quoteOf(doc, people(doc), 'a horrible').speakerKey).toBe('person:ole-brand');
  });
});

describe('a participle after "with" and a name', () => {
  it('"…, with Ole Brand recently saying “…”" is Ole Brand’s, not the main clause’s subject’s', () => {
    const doc = docOf('Ann Lee lost the vote, with Ole Brand recently saying “we will win it back in May.”');
    expect(quoteOf(doc, people(doc), 'we will win').speakerKey).toBe('person:ole-brand');
  });
});

describe('one capitalized word after "be" is a predicate, not a title', () => {
  it('"… adding that she believed the judge was “Ruritanian.”" keeps the speaker of its clause', () => {
    const doc = docOf('“He is a hater,” Ann Lee said at a rally, adding that she believed the judge was “Ruritanian.”');
    expect(quoteOf(doc, people(doc), 'Ruritanian').speakerKey).toBe('person:ann-lee');
  });

  it('a title after a preposition still has no speaker ("spoke at the “Summit”")', () => {
    const doc = docOf('“We are ready,” Ann Lee said, speaking at the “Summit” in Ashby.');
    expect(quoteOf(doc, people(doc), 'Summit').speakerKey).toBeNull();
  });
});
