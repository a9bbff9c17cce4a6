/** Word lists for quantities, loaded once from @dossier/lexicons. */
import type { QuantityModifier } from '@dossier/core';
import { loadLexicon } from '@dossier/lexicons';

interface NumberWord {
  word: string;
  kind: 'cardinal' | 'scale' | 'vague' | 'fraction';
  value?: number;
  low?: number;
  high?: number;
}

export interface Modifier {
  words: string[];
  modifier: QuantityModifier;
}

export interface QuantityVocabulary {
  cardinals: Map<string, number>;
  scales: Map<string, number>;
  vague: Map<string, { low: number; high: number }>;
  fractions: Map<string, number>;
  /** Every word a number reading can start with (cardinals, fractions, vague plurals, "a", "half"). */
  numberStarts: Set<string>;
  /**
   * Qualifier phrases as word arrays, grouped by their last word, each group longest first: a qualifier can
   * only end at the word before the number, so only that word's group needs checking.
   */
  modifiersByLastWord: Map<string, Modifier[]>;
  timeUnits: Set<string>;
  months: Set<string>;
  clockWords: Set<string>;
  ageWords: Set<string>;
  phrasalVerbs: Set<string>;
  /** One-word qualifiers that are also prepositions ("around"): they qualify only a number right after them. */
  prepositionalQualifiers: Set<string>;
}

let vocabulary: QuantityVocabulary | undefined;

export function quantityVocabulary(): QuantityVocabulary {
  if (vocabulary) return vocabulary;
  const words = loadLexicon<NumberWord>('number-words').entries;
  const context = loadLexicon<{ word: string; role: string }>('quantity-context').entries;
  const withRole = (role: string) => new Set(context.filter((e) => e.role === role).map((e) => e.word));
  const cardinals = new Map(words.filter((w) => w.kind === 'cardinal').map((w) => [w.word, w.value!]));
  const fractions = new Map(words.filter((w) => w.kind === 'fraction').map((w) => [w.word, w.value!]));
  const vague = new Map(words.filter((w) => w.kind === 'vague').map((w) => [w.word, { low: w.low!, high: w.high! }]));
  const modifiers: Modifier[] = loadLexicon<{ phrase: string; modifier: QuantityModifier }>('quantity-modifiers')
    .entries.map((m) => ({ words: m.phrase.split(' '), modifier: m.modifier }))
    .sort((a, b) => b.words.length - a.words.length);
  const modifiersByLastWord = new Map<string, Modifier[]>();
  for (const m of modifiers) {
    const last = m.words[m.words.length - 1]!;
    modifiersByLastWord.set(last, [...(modifiersByLastWord.get(last) ?? []), m]);
  }
  vocabulary = {
    cardinals,
    scales: new Map(words.filter((w) => w.kind === 'scale').map((w) => [w.word, w.value!])),
    fractions,
    vague,
    numberStarts: new Set([...cardinals.keys(), ...fractions.keys(), ...vague.keys(), 'a', 'half']),
    modifiersByLastWord,
    timeUnits: withRole('time-unit'),
    months: withRole('month'),
    clockWords: withRole('clock'),
    ageWords: withRole('age'),
    phrasalVerbs: withRole('phrasal-verb'),
    prepositionalQualifiers: withRole('prepositional-qualifier'),
  };
  return vocabulary;
}
