/**
 * Organizations on unseen wire text from general cues (issue 17), on sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from './findings.test-helpers.js';

describe('an acronym in prose', () => {
  it('is an organization without "the" too, and types its mention in a headline in capitals', () => {
    const body =
      'BOXING - LANE KEEPS WBX TITLE.\n\nTam Lane kept his WBX title on Saturday after KLF gunmen had threatened the venue.';
    expect(entityNames(body, 'organization')).toEqual(['KLF', 'WBX']);
  });

  it('is no body when it is a measure, a job or a label, or the article writes the word in lower case', () => {
    const body =
      'NOTE - The GDP figures came out late, the CEO said.\n\nHome team in CAPS.\n\nThe caps were raised on Friday.';
    expect(entityNames(body, 'organization')).toEqual([]);
  });
});

describe('an acronym after "a"', () => {
  it('is a kind of thing, unless it modifies a noun', () => {
    expect(entityNames('Donors gave to a PAC on Friday.', 'organization')).toEqual([]);
    expect(entityNames('He will ignore a KLF decision.', 'organization')).toEqual(['KLF']);
  });

  it('currency codes are no bodies', () => {
    expect(entityNames('Shares fell 3 USD on Friday, traders said.', 'organization')).toEqual([]);
  });
});

describe('a town in a sports story that already names a team', () => {
  it('is a team after "for" at the end of a clause and after "joined"', () => {
    const body =
      'Marbeck 4 Carlow 2\n\nIvo Dane homered twice for Lancashire.\n\nTomas Grell joined Manchester from Dunmere in May.';
    expect(entityNames(body, 'organization')).toEqual(expect.arrayContaining(['Dunmere', 'Lancashire', 'Manchester']));
    expect(entityNames(body, 'place')).toEqual([]);
  });

  it('stays a place outside sports stories', () => {
    const body = 'The minister left for Manchester.\n\nShe joined Lancashire officials later.';
    expect(entityNames(body, 'organization')).toEqual([]);
  });
});
