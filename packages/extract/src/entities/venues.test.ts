/**
 * Grounds in sports listings and named regions, on lines written for this test (invented grounds and clubs).
 */
import { entityNames } from './findings.test-helpers.js';
import { describe, expect, it } from 'vitest';

const placesOf = (body: string): string[] => entityNames(body, 'place');

describe('a venue after "at"', () => {
  it('is a place when a colon closes it or its town follows', () => {
    expect(placesOf('At Brannock Park: Marbeck 259, Tollwick 114.')).toEqual(['Brannock Park']);
    expect(placesOf('June 5-9 First test (at Quellsby, London)')).toEqual(['London', 'Quellsby']);
    expect(placesOf('At The Vennard (London): Marbeck beat Tollwick.')).toEqual(['London', 'The Vennard']);
  });

  it('is a place when it opens a line before a colon and a results line', () => {
    expect(placesOf('Brannock Park: Marbeck 259 and 207, Tollwick 114 and 81-3.')).toEqual(['Brannock Park']);
    expect(placesOf('Brannock Park: Ivo Dane said the pitch was fine.')).toEqual([]);
  });

  it('is nothing more when a person follows "at" in prose', () => {
    expect(placesOf('She smiled at Ivo Dane and left.')).toEqual([]);
  });
});

describe('regions of a country', () => {
  it('reads the Midwest as a place', () => {
    expect(placesOf('Factory orders rose in the Midwest in August.')).toEqual(['Midwest']);
  });
});
