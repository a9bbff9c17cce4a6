/**
 * One wink-nlp instance per thread, whose output for a text never depends on the texts it read before.
 *
 * Why: wink's lexicon cache learns. Each out-of-vocabulary word it meets is added to the model's lexeme hash for
 * the life of the instance, and its tokenizer then keeps any word found in that hash whole. So once one article
 * has put `Trump's` in the cache as a single token (wink does so when punctuation follows it), every later
 * article tokenizes `Trump's` as one token instead of `Trump` + `'s`, and its tags and speakers change: the same
 * article gave different rows depending on which articles its worker thread had processed before (rule 3).
 *
 * The fix: after each text, the words learned from it are taken out of the lexeme hash again, so the next text
 * starts from the lexicon as the instance left its own loading. Their list entries stay (wink reads its
 * per-word features by position in that list, in a private array that cannot be truncated), so the list grows
 * by the text's new words; the instance is replaced by a fresh one once it holds `MAX_LEARNED` of them, which
 * bounds memory and changes nothing, since a fresh instance starts from the same state.
 *
 * Forgetting means relearning: a word every article uses but the model lacks (a name in the news for weeks) gets
 * its features computed again in each text. The costly ones are memoized per instance (`memoizeFeatures`).
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

type WinkModel = Parameters<typeof winkNLP>[0];
export type Wink = ReturnType<typeof winkNLP>;

interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
}

interface LoadedModel {
  features: { lexeme: LexemeFeature };
}

/** A feature of a word: (word, token category, wink's cache) → value. */
export type FeatureOf = (word: string, category: number, cache: unknown) => unknown;
export type FeatureMethods = Record<string, FeatureOf>;

interface WinkModelParts {
  core: () => LoadedModel;
  metaCER: () => unknown;
  featureFn: (config: unknown) => FeatureMethods;
}

const require = createRequire(import.meta.url);
/** Words learned before a fresh instance replaces the current one (each costs a list entry and a few numbers). */
const MAX_LEARNED = 400_000;

let current: { nlp: Wink; lexeme: LexemeFeature; loadedSize: number } | undefined;
let metaCER: unknown;

function createInstance(): NonNullable<typeof current> {
  const model = require('wink-eng-lite-web-model') as WinkModelParts;
  let lexeme: LexemeFeature | undefined;
  // The model object is copied so that its loader can be wrapped: `core` hands us the lexeme feature wink will
  // mutate, and `metaCER` (which re-serializes a module-level string each time it is called) is called once.
  const wrapped = Object.assign(Object.create(null) as WinkModelParts, model, {
    core: () => {
      const loaded = model.core();
      lexeme = loaded.features.lexeme;
      return loaded;
    },
    metaCER: () => {
      metaCER ??= model.metaCER();
      return metaCER;
    },
    featureFn: (config: unknown) => memoizeFeatures(model.featureFn(config)),
  });
  // Only sentence boundaries and part-of-speech tags are read; wink's default pipe also runs negation,
  // sentiment and named-entity automata, which cost a third of its time and change neither tokens nor tags.
  const nlp = winkNLP(wrapped as unknown as WinkModel, ['sbd', 'pos']);
  if (!lexeme) throw new Error('wink-nlp did not load its core model');
  // Words added while loading (the automata's own) belong to the instance's starting state and stay.
  return { nlp, lexeme, loadedSize: lexeme.list.length };
}

/**
 * Runs `read` with the thread's wink instance, then forgets the words it learned from that text.
 * The model is loaded on first use, not on import: the main thread of a pooled build imports this package (to
 * read files) but never analyses text, and reading the model is a large part of its start-up.
 */
export function withWink<T>(read: (nlp: Wink) => T): T {
  current ??= createInstance();
  const { nlp, lexeme, loadedSize } = current;
  const before = lexeme.list.length;
  try {
    return read(nlp);
  } finally {
    forgetSince(lexeme, before, loadedSize);
    if (lexeme.list.length - loadedSize > MAX_LEARNED) current = undefined;
  }
}

/** Removes from the hash every word the list gained after `before` (never the loaded ones). */
function forgetSince(lexeme: LexemeFeature, before: number, loadedSize: number): void {
  const { hash, list } = lexeme;
  for (let i = Math.max(before, loadedSize); i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i) delete hash[word];
  }
}

/**
 * The features wink computes for each word it learns, the costly two (`shape`: Unicode normalization and six
 * replacements; `pos`: a lower-case lookup and suffix rules) remembered per token category. Both depend on
 * nothing but the word, its category and the model as loaded (`pos` looks up the word's lower case, which wink
 * has always learned just before), so a remembered value is the value wink would compute again.
 */
export function memoizeFeatures(methods: FeatureMethods): FeatureMethods {
  for (const name of MEMOIZED_FEATURES) {
    const compute = methods[name];
    if (!compute) continue;
    const byCategory: Array<Map<string, unknown>> = [];
    methods[name] = (word, category, cache) => {
      let memo = byCategory[category];
      if (!memo) {
        memo = new Map();
        byCategory[category] = memo;
      }
      let value = memo.get(word);
      if (value === undefined) {
        value = compute(word, category, cache);
        memo.set(word, value);
      }
      return value;
    };
  }
  return methods;
}
const MEMOIZED_FEATURES = ['shape', 'pos'];
