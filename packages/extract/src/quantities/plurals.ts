/**
 * pluralize's answers, remembered per word. Its isPlural and singular run dozens of regular expressions on
 * every call and were ~40% of findQuantities, while articles keep asking about the same few hundred nouns.
 * The answers depend only on the word (nothing here adds pluralize rules), so a cached answer is the answer.
 */
import pluralize from 'pluralize';

/** A bound on each cache, so that a long run over many articles cannot grow it without limit. */
const MAX_WORDS = 50_000;

function remembered<T>(compute: (word: string) => T): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = compute(word);
      if (answers.size >= MAX_WORDS) answers.clear();
      answers.set(word, answer);
    }
    return answer;
  };
}

export const isPlural = remembered((word) => pluralize.isPlural(word));
export const singular = remembered((word) => pluralize.singular(word));
