/**
 * Players in cricket scorecards, on lines written for this test (invented players).
 */
import { entityNames } from './findings.test-helpers.js';
import { describe, expect, it } from 'vitest';

const personsOf = (body: string): string[] => entityNames(body, 'person');

describe('cricket scorecards', () => {
  it('reads the fielder and the bowler of a dismissal as persons', () => {
    expect(personsOf('T. Marlowe c Brackwell b Osterhaus 41\n\nJ. Penhale lbw b Quillfeather 7')).toEqual([
      'Brackwell',
      'J. Penhale',
      'Osterhaus',
      'Quillfeather',
      'T. Marlowe',
    ]);
  });

  it('reads a bowler before bowling figures as a person', () => {
    expect(personsOf('Bowling: Osterhaus 10-0-41-2, Quillfeather 7.3-1-29-3.')).toEqual(['Osterhaus', 'Quillfeather']);
  });

  it('reads no person after a stray lower-case letter in prose', () => {
    expect(personsOf('Option b Northgate was dropped in 2019.')).toEqual([]);
  });
});
