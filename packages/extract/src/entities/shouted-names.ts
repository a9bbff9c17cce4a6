/**
 * Words in capitals carry no case evidence of where a name starts or ends, so segments.ts makes each its own
 * candidate ("KEVIN", "LANE"). Two or three of them side by side that spell, title-cased, the full name of a
 * person the article writes in ordinary case are that one name ("AVERY LANE WINS" → "Avery Lane").
 */
import type { NameOccurrence } from './persons.js';
import { titleCased } from './segments.js';
import type { Word } from './words.js';

const SHOUTED_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
const MAX_NAME_WORDS = 3;

/**
 * Replaces, in place, each stretch of adjacent one-word capitals occurrences that `isPerson` accepts as a whole
 * (title-cased) by one occurrence spanning it. `isPerson` is asked only about such stretches.
 */
export function joinShoutedNames(
  words: readonly Word[],
  occurrences: NameOccurrence[],
  isPerson: (name: string) => boolean,
): void {
  for (let i = 0; i < occurrences.length; i++) {
    let best = 0;
    for (let n = 2; n <= MAX_NAME_WORDS && i + n <= occurrences.length; n++) {
      if (!adjacentShouted(words, occurrences, i, n)) break;
      const name = titleCased(
        occurrences
          .slice(i, i + n)
          .map((o) => o.text)
          .join(' '),
      );
      if (isPerson(name)) best = n;
    }
    if (best === 0) continue;
    const parts = occurrences.slice(i, i + best);
    const texts = parts.map((o) => o.text);
    occurrences.splice(i, best, {
      ...parts[0]!,
      to: parts[best - 1]!.to,
      text: texts.join(' '),
      words: texts,
    });
  }
}

/** Whether occurrences i … i+n-1 are one-word, in capitals, in one run and on consecutive words. */
function adjacentShouted(
  words: readonly Word[],
  occurrences: readonly NameOccurrence[],
  i: number,
  n: number,
): boolean {
  for (let k = i; k < i + n; k++) {
    const o = occurrences[k]!;
    if (o.to - o.from !== 1 || !SHOUTED_WORD.test(words[o.from]!.text)) return false;
    if (k > i && (o.run !== occurrences[i]!.run || o.from !== occurrences[k - 1]!.to)) return false;
  }
  return true;
}
