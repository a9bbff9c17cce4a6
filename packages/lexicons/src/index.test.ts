import { describe, expect, it } from 'vitest';
import { lexiconNames, loadLexicon, wordsOfKind } from './index.js';

describe('lexicon files', () => {
  it('every file names its description, source and licence, and holds entries', () => {
    for (const name of lexiconNames()) {
      const lexicon = loadLexicon<unknown>(name);
      expect(lexicon.description.trim(), `${name}: description`).not.toBe('');
      expect(lexicon.source.trim(), `${name}: source`).not.toBe('');
      expect(lexicon.license.trim(), `${name}: license`).not.toBe('');
      // Most hold a list; a few (place-heads) hold named lists in an object.
      expect(Object.keys(lexicon.entries).length, `${name}: entries`).toBeGreaterThan(0);
    }
  });

  it('every kind of the lexicons that wordsOfKind reads is explained in its description', () => {
    for (const name of ['function-words', 'event-argument-words', 'name-context-words']) {
      const lexicon = loadLexicon<{ word: string; kind: string }>(name);
      for (const kind of new Set(lexicon.entries.map((e) => e.kind)))
        expect(lexicon.description, `${name}: kind ${kind}`).toContain(`kind=${kind}:`);
    }
  });
});

describe('wordsOfKind', () => {
  it('returns the lower-cased words of one kind only', () => {
    const articles = wordsOfKind('function-words', 'article');
    expect([...articles].sort()).toEqual(['a', 'an', 'the']);
    expect(articles.has('he')).toBe(false);
  });

  it('names the lexicon when a kind has no words, so a misspelt kind cannot switch a rule off', () => {
    expect(() => wordsOfKind('function-words', 'no-such-kind')).toThrow(/function-words.*no-such-kind/);
  });
});
