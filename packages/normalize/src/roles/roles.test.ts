import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeTitle, titleVocabulary } from './index.js';

const t = (s: string) => normalizeTitle(s.split(' '));

describe('title vocabulary', () => {
  it('maps spokesman and spokeswoman to Spokesperson', () => {
    expect(t('spokesman')).toEqual({ title: 'Spokesperson', former: false });
    expect(t('Spokeswoman')?.title).toBe('Spokesperson');
  });

  it('spells defence as Defense and reorders "minister of defense"', () => {
    expect(t('defence minister')?.title).toBe('Defense Minister');
    expect(t('minister of defense')?.title).toBe('Defense Minister');
    expect(t('Minister of Defence')?.title).toBe('Defense Minister');
  });

  it('keeps domain words, drops qualifiers and reads "former"', () => {
    expect(t('intelligence chief')?.title).toBe('Intelligence Chief');
    expect(t('top aide')?.title).toBe('Aide');
    expect(t('former top special envoy')).toEqual({ title: 'Special Envoy', former: true });
    // Seniority is part of a title as written ("Senior Economist", "Senior Adviser"); "top" is praise.
    expect(t('senior economist')?.title).toBe('Senior Economist');
  });

  it('knows whole phrases, with modifiers before them', () => {
    expect(t('Secretary of State')?.title).toBe('Secretary of State');
    expect(t('Secretary General')?.title).toBe('Secretary-General');
    expect(t('deputy secretary of state')?.title).toBe('Deputy Secretary of State');
    expect(t('congresswoman')?.title).toBe('Representative');
  });

  it('returns null for phrases that do not end in a title noun', () => {
    expect(t('intelligence')).toBeNull();
    expect(t('top')).toBeNull();
    expect(t('minister of football')).toBeNull();
  });

  it('always gives a Title Case title without a trailing affiliation word', () => {
    const v = titleVocabulary();
    const words = [...v.heads.keys(), ...v.modifiers.keys(), ...v.qualifiers];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), (ws) => {
        const n = normalizeTitle(ws);
        if (n === null) return;
        expect(n.title).toMatch(/^[A-Z][\w-]*(?: (?:of|the|in)?[A-Z]?[\w-]*)*$/);
        expect(n.title.length).toBeGreaterThan(0);
      }),
    );
  });
});
