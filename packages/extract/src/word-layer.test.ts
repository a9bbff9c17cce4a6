import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Token } from '@dossier/core';
import { titleVocabulary } from '@dossier/normalize';
import { lexiconSet, wordsOfKind } from '@dossier/lexicons';
import './index.js';
import { entityLexicon } from './entities/lexicon.js';
import { cueIndex, triggerIndex } from './events/lexicon.js';
import { quantityVocabulary } from './quantities/vocabulary.js';
import { articleWordLayer, flagsOf, tokenFlagNames, tokenFlagsOf, wordClass, wordFlagNames } from './word-layer.js';

const lex = entityLexicon();
const straight = (w: string) => w.replace(/’/g, "'");
const bareOf = (t: string) => (t.endsWith('.') && t.length > 1 && !/\.\p{L}\.$/u.test(t) ? t.slice(0, -1) : t);
const titleKey = (t: string) => {
  const lower = t.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};
const titleWord = (k: string) => {
  const v = titleVocabulary();
  return v.heads.has(k) || v.modifiers.has(k) || v.qualifiers.has(k) || k === 'former';
};
const titled = (t: string) =>
  t.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase());

/** lookup()'s one-word chain in entities/segments.ts, restated from the lexicons. */
function knownAlone(text: string): boolean {
  const t = bareOf(text);
  const org = lex.orgs.get(t) ?? (t.replace(/\W/g, '').length >= 4 ? lex.orgsFolded.get(t.toLowerCase()) : undefined);
  if (org && (text === t || /^\p{Lu}/u.test(t))) return true;
  if (lex.countries.byName.has(t) || lex.countries.byDemonym.has(t)) return true;
  if (lex.ranks.has(t.replace(/\./g, '')) && lex.maxRankWords >= 1) return true;
  if (lex.honorifics.has(t) || lex.places.has(t)) return true;
  if (t.length >= 4 && /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*)*$/u.test(t) && !lex.orgs.has(t)) {
    return lex.countries.byName.has(titled(t)) || lex.places.has(titled(t));
  }
  return false;
}

/** One-word result verbs (lexicon name-context-words, match-verb). */
const matchVerbs = new Set([...wordsOfKind('name-context-words', 'match-verb')].filter((v) => !v.includes(' ')));

/** Each registered flag and the direct look-up it stands for. */
const DIRECT: Record<string, (text: string) => boolean> = {
  'entities:cap': (t) =>
    /^\p{Lu}/u.test(t) ||
    /^(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|abu|abd|ul|ud|ed|ben|bat|de|di|da|van|von)[-‐]\p{Lu}/u.test(t),
  'entities:letter-or-digit': (t) => /[\p{L}\p{N}]/u.test(t),
  'entities:title-word': (t) => titleWord(titleKey(t)),
  'entities:title-start': (t) => titleWord(titleKey(t)) || lex.titlePrefixes.has(titleKey(t)),
  'entities:org-head': (t) => lex.orgHeads.has(t),
  'entities:org-head-bare': (t) => lex.orgHeads.has(bareOf(t)),
  'entities:given-name': (t) => lex.isGivenName(t),
  'entities:non-name': (t) => lex.nonNames.has(t),
  'entities:non-name-or-bare': (t) => lex.nonNames.has(t) || (t.length > 3 && lex.nonNames.has(bareOf(t))),
  'entities:country-name': (t) => lex.countries.byName.has(t),
  'entities:known-alone': knownAlone,
  'entities:shouted-non-name': (t) => /^\p{Lu}{2,}\.?$/u.test(t) && lex.nonNames.has(titled(bareOf(t))),
  'entities:shouted-match-verb': (t) => matchVerbs.has(t.toLowerCase()) && /^\p{Lu}[\p{Lu}'’-]+$/u.test(t),
  'entities:lower-after-first': (t) => /^\p{Lu}\p{Ll}/u.test(t),
  'entities:match-verb-start': (t) =>
    [...wordsOfKind('name-context-words', 'match-verb')].some((v) => v.split(' ')[0] === t.toLowerCase()),
  'entities:sports-term': (t) => lexiconSet('sports-terms').has(t.toLowerCase()),
  'events:trigger-start': (t) => triggerIndex().byFirstWord.has(straight(t)),
  'events:cue-start': (t) => cueIndex().byFirstWord.has(straight(t)),
  'events:clause-opener': (t) => wordsOfKind('event-argument-words', 'clause-opener').has(straight(t)),
  'events:clause-mark': (t) => [',', ';', ':', '-', '—', '–'].includes(t),
  'quantities:number-start': (t) => /^\d/.test(t) || t.includes('-') || quantityVocabulary().numberStarts.has(t),
};

/** Words the lexicons hold, in several cases, so that the property meets members as well as strangers. */
function lexiconWords(): string[] {
  const out = new Set<string>();
  const add = (w: string) => {
    for (const form of [w, w.toLowerCase(), w.toUpperCase(), titled(w), `${w}.`]) out.add(form);
  };
  for (const set of [lex.orgHeads, lex.nonNames, lex.honorifics, lex.titlePrefixes, lex.particles])
    for (const w of set) add(w);
  for (const w of [...lex.countries.byName.keys(), ...lex.countries.byDemonym.keys(), ...lex.ranks.keys()]) add(w);
  for (const w of [...lex.orgs.keys()].slice(0, 2000)) add(w);
  for (const w of [...lex.places].slice(0, 2000)) add(w);
  for (const w of [...titleVocabulary().heads.keys(), ...titleVocabulary().modifiers.keys()]) add(w);
  for (const w of [...triggerIndex().byFirstWord.keys(), ...cueIndex().byFirstWord.keys()]) add(w.replace(/'/g, '’'));
  for (const w of quantityVocabulary().numberStarts) add(w);
  for (const w of wordsOfKind('name-context-words', 'match-verb')) add(w.split(' ')[0]!);
  for (const w of lexiconSet('sports-terms')) add(w);
  for (const w of [
    'Ann',
    'Tomas',
    'al-Noor',
    'de-Vries',
    'said',
    "don't",
    'don’t',
    'twenty-five',
    '1,400',
    '—',
    ',',
    ';',
  ])
    add(w);
  return [...out].sort();
}

describe('word layer', () => {
  it('has a direct look-up for every registered flag', () => {
    expect([...wordFlagNames(), ...tokenFlagNames()].sort()).toEqual(Object.keys(DIRECT).sort());
    expect(wordFlagNames().every((name) => name.startsWith('entities:'))).toBe(true);
  });

  it('gives every word the flags its direct look-ups give', () => {
    const known = lexiconWords();
    const word = fc.oneof(
      fc.constantFrom(...known),
      fc.string({ maxLength: 12 }).filter((s) => s.length > 0),
      fc.stringMatching(/^[A-Z]?[a-z’'.-]{1,10}$/),
    );
    fc.assert(
      fc.property(word, (text) => {
        for (const [names, flags] of [
          [wordFlagNames(), flagsOf(text)],
          [tokenFlagNames(), tokenFlagsOf(text)],
        ] as const) {
          names.forEach((name, bit) => {
            expect({ text, name, set: (flags & (1 << bit)) !== 0 }).toEqual({ text, name, set: DIRECT[name]!(text) });
          });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('interns each form once: the same class for the same text, distinct ids for distinct texts', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ minLength: 1, maxLength: 8 }), (a, b) => {
        expect(wordClass(a)).toBe(wordClass(a));
        if (a !== b) expect(wordClass(a).id).not.toBe(wordClass(b).id);
      }),
    );
  });

  it('reads each token of an article by its lower case, and finds a flag within a range', () => {
    const words = ['The', 'talks', 'may', 'resume', ',', 'officials', 'said'];
    let at = 0;
    const tokens: Token[] = words.map((w) => {
      const token = { start: at, end: at + w.length, pos: 'X', lower: w.toLowerCase(), text: w };
      at += w.length + 1;
      return token;
    });
    const layer = articleWordLayer(tokens);
    expect(articleWordLayer(tokens)).toBe(layer);
    for (const [i, t] of tokens.entries()) expect(layer.flags[i]).toBe(tokenFlagsOf(t.lower));
    const trigger = 1 << tokenFlagNames().indexOf('events:trigger-start');
    const mark = 1 << tokenFlagNames().indexOf('events:clause-mark');
    expect(layer.anyIn(mark, 0, 4)).toBe(false);
    expect(layer.anyIn(mark, 0, 5)).toBe(true);
    expect(layer.anyIn(trigger, 0, words.length)).toBe(
      words.some((w) => triggerIndex().byFirstWord.has(w.toLowerCase())),
    );
  });
});
