/**
 * Organizations named only by the words around them on unseen news, in sentences written for this test (invented
 * companies, platforms and people): a platform named by what is published on it or where someone spoke, a
 * broadcaster's name ending in "Sports", a company named alone after its national arm, and a name after "the"
 * that says or reports.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from './findings.test-helpers.js';

describe('a platform', () => {
  it('is an organization before a platform noun after a determiner', () => {
    expect(entityNames('The emergency service said in a Chirpa post that two people died.', 'organization')).toEqual([
      'Chirpa',
    ]);
  });

  it('is an organization after a verb of saying and "on"', () => {
    expect(entityNames('Ann Lorrimer said on Chirpa that the strike hit a school.', 'organization')).toEqual([
      'Chirpa',
    ]);
  });

  it('is no organization when the word is a weekday, a place or a given name', () => {
    const body = 'Ann Lorrimer said on Monday that talks would resume. Tom Vask wrote on Paris that it rained.';
    expect(entityNames(body, 'organization')).toEqual([]);
  });
});

describe('a broadcaster', () => {
  it('is an organization when its name ends in "Sports"', () => {
    expect(entityNames('She told Avonet Sports afterwards that she was happy.', 'organization')).toEqual([
      'Avonet Sports',
    ]);
  });
});

describe("a company's national arm", () => {
  it('makes the company named alone an organization of its own', () => {
    const body =
      "Vantra Canada's senior economist Ann Lorrimer said hiring rose. She noted that job postings on Vantra have been steady.";
    expect(entityNames(body, 'organization')).toEqual(['Vantra', 'Vantra Canada']);
  });

  it('never makes a word the article writes in lower case a company', () => {
    const body =
      "Anchor Canada's chief economist Ann Lorrimer said hiring rose. Sales of anchor chains fell, and postings on Anchor were flat.";
    expect(entityNames(body, 'organization')).toEqual(['Anchor Canada']);
  });
});

describe('a name after "the" that says or reports', () => {
  it('is an organization, even when its first word is a given name', () => {
    const body =
      'The Avonford Ledger reported on Friday that the mayor had resigned. Prices rose, the Ivy Courier said.';
    expect(entityNames(body, 'organization')).toEqual(['Avonford Ledger', 'Ivy Courier']);
    expect(entityNames(body, 'person')).toEqual([]);
  });

  it('leaves a one-word name after "the" to the other rules', () => {
    expect(entityNames('The Governor said on Friday that taxes would rise.', 'organization')).toEqual([]);
  });
});
