/**
 * One wink-nlp instance per thread, whose output for a text never depends on the texts it read before.
 *
 * Why: wink's lexicon cache learns. Each out-of-vocabulary word it meets is added to the model's lexeme hash for
 * the life of the instance, and its tokenizer then keeps any word found in that hash whole. So once one article
 * has put `Trump's` in the cache as a single token (wink does so when punctuation follows it), every later
 * article tokenizes `Trump's` as one token instead of `Trump` + `'s`, and its tags and speakers change: the same
 * article gave different rows depending on which articles its worker thread had processed before (rule 3).
 *
 * The fix is a patch of wink-nlp (patches/wink-nlp@2.4.0.patch, see ../README.md): after `learnPerDocument()`
 * the words a document teaches are visible in that document only (`readDoc` starts the next one), so every text
 * starts from the lexicon as the instance left its own loading. The entries it learned (a word's features,
 * for its token category and normal form) are kept and reused when a later text meets the same word, so
 * forgetting costs no relearning. Their list grows only with new distinct words; the instance is replaced by a
 * fresh one once it holds `MAX_LEARNED` of them, which bounds memory and changes nothing, since a fresh instance
 * starts from the same state.
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

interface WinkModelParts {
  core: () => LoadedModel;
  metaCER: () => unknown;
}

const require = createRequire(import.meta.url);
/** Distinct words learned before a fresh instance replaces the current one (each costs a list entry and a few numbers). */
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
  });
  // Only sentence boundaries and part-of-speech tags are read; wink's default pipe also runs negation,
  // sentiment and named-entity automata, which cost a third of its time and change neither tokens nor tags.
  const nlp = winkNLP(wrapped as unknown as WinkModel, ['sbd', 'pos']);
  if (!lexeme) throw new Error('wink-nlp did not load its core model');
  nlp.learnPerDocument();
  // Words added while loading (the automata's own) belong to the instance's starting state and stay.
  return { nlp, lexeme, loadedSize: lexeme.list.length };
}

/**
 * Runs `read` with the thread's wink instance, which reads each text without the words earlier texts taught it.
 * The model is loaded on first use, not on import: the main thread of a pooled build imports this package (to
 * read files) but never analyses text, and reading the model is a large part of its start-up.
 */
export function withWink<T>(read: (nlp: Wink) => T): T {
  current ??= createInstance();
  const { nlp, lexeme, loadedSize } = current;
  try {
    return read(nlp);
  } finally {
    if (lexeme.list.length - loadedSize > MAX_LEARNED) current = undefined;
  }
}

/** Distinct words the thread's instance has learned since it loaded (0 before it loads): what MAX_LEARNED bounds. */
export function learnedWords(): number {
  return current ? current.lexeme.list.length - current.loadedSize : 0;
}
