import { describe, expect, it } from 'vitest';
import { nameKey, titleKey } from './normalize.js';

describe('nameKey', () => {
  it('ignores case, curly apostrophes, periods, hyphens and a possessive ending', () => {
    expect(nameKey('U.S.')).toBe(nameKey('US'));
    expect(nameKey('Okafor’s')).toBe(nameKey('Okafor'));
    expect(nameKey('Reyl’')).toBe(nameKey('Reyl'));
    expect(nameKey('Jean-Luc  Marr')).toBe(nameKey('jean luc marr'));
  });
  it('keeps different names apart', () => {
    expect(nameKey('Okafor')).not.toBe(nameKey('Okafo'));
    expect(nameKey('Müller')).not.toBe(nameKey('Muller'));
  });
});

describe('titleKey', () => {
  it('folds documented synonyms and spellings', () => {
    expect(titleKey('Spokesman')).toBe('spokesperson');
    expect(titleKey('spokeswoman')).toBe(titleKey('Spokesperson'));
    expect(titleKey('Defence Minister')).toBe(titleKey('Defense Minister'));
    expect(titleKey('Secretary-General')).toBe(titleKey('Secretary General'));
    expect(titleKey('CEO')).toBe(titleKey('Chief Executive'));
  });
  it('does not fold different titles', () => {
    expect(titleKey('Intelligence Director')).not.toBe(titleKey('Director'));
    expect(titleKey('Prime Minister')).not.toBe(titleKey('Minister'));
  });
});
