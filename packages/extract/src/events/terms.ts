/**
 * The terms a proposal or agreement states, as one "; "-joined string in a fixed vocabulary:
 *   "ceasefire P2M" / "pause P1W"  a ceasefire or pause, with its duration when the text gives one
 *   "release of <what>"            a release, with what is released as written
 *   "phased"                       the deal works in phases or stages
 *   "exchange"                     one thing is given in exchange for another
 *   "duration <TIMEX3>"            a stated duration not tied to a ceasefire
 *   "topic: <phrase>"              for talks, calls and demands: the deal or ceasefire under discussion
 *   "parties: <name>, <name>"      the entities taking part, by their names in the article
 * Order: components in text order, then phased, exchange, parties.
 */
import { itemsWithinList, type ArticleDoc, type LocalEntity, type TimexAnnotation, type Token } from '@dossier/core';
import { wordsOfKind } from '@dossier/lexicons';
import { tokenWord } from './lexicon.js';
import type { Trigger } from './triggers.js';
import type { Clause } from './clauses.js';

const DURATION_REACH = 4;
const RELEASE_OBJECT_MAX = 8;
/** Words that end the object of a release or transfer. */
const OBJECT_STOP = wordsOfKind('event-argument-words', 'object-stop');

function durationBefore(
  tokens: readonly Token[],
  trigger: Trigger,
  timexes: readonly TimexAnnotation[],
): TimexAnnotation | null {
  const from = tokens[Math.max(0, trigger.tokenStart - DURATION_REACH)]!.start;
  let best: TimexAnnotation | null = null;
  for (const t of itemsWithinList(timexes, from, trigger.start)) if (t.type === 'DURATION') best = t;
  return best;
}

/** "release of more than 100 hostages": the object after "of", as written, up to a stop word or punctuation. */
function releaseObject(doc: ArticleDoc, trigger: Trigger, clause: Clause): string | null {
  const tokens = doc.tokens;
  if (trigger.nominal) {
    if (tokenWord(tokens[trigger.tokenEnd] ?? tokens[0]!) !== 'of' || trigger.tokenEnd >= clause.tokenEnd) return null;
    const first = trigger.tokenEnd + 1;
    let last = first;
    while (
      last < clause.tokenEnd &&
      last - first < RELEASE_OBJECT_MAX &&
      tokens[last]!.pos !== 'PUNCT' &&
      !OBJECT_STOP.has(tokenWord(tokens[last]!))
    )
      last++;
    if (last === first) return null;
    return doc.body.slice(tokens[first]!.start, tokens[last - 1]!.end);
  }
  // "hostages released": the noun right before a verbal trigger.
  const before = tokens[trigger.tokenStart - 1];
  if (before && trigger.tokenStart - 1 >= clause.tokenStart && before.pos === 'NOUN')
    return doc.body.slice(before.start, before.end);
  return null;
}

export interface Component {
  text: string;
  /** The duration the component took ("two-month" in "two-month ceasefire"), so it is not counted twice. */
  duration: TimexAnnotation | null;
}

export function describeComponent(
  doc: ArticleDoc,
  trigger: Trigger,
  clause: Clause,
  timexes: readonly TimexAnnotation[],
  asTopic: boolean,
): Component {
  const word = doc.body.slice(trigger.start, trigger.end).toLowerCase();
  let text = word;
  let duration: TimexAnnotation | null = null;
  if (trigger.type === 'ceasefire') {
    duration = durationBefore(doc.tokens, trigger, timexes);
    text = duration ? `${word} ${duration.value}` : word;
  } else if (trigger.type === 'release') {
    const object = releaseObject(doc, trigger, clause);
    text = object ? `release of ${object}` : 'release';
  }
  return { text: asTopic ? `topic: ${text}` : text, duration };
}

const PHASED =
  /\b(in phases|phased|in stages|staged|first phase|second phase|two phases|two stages|three phases|three stages)\b/i;
const EXCHANGE = /\b(in exchange for|in return for|swap|exchange of)\b/i;

export interface TermsInput {
  doc: ArticleDoc;
  sentence: number;
  components: string[];
  /** DURATION timexes of the sentence already used by a component. */
  usedDurations: ReadonlySet<TimexAnnotation>;
  timexes: readonly TimexAnnotation[];
  parties: readonly LocalEntity[];
  withConditions: boolean;
}

export function composeTerms(input: TermsInput): string | null {
  const { doc, timexes } = input;
  const sentence = doc.sentences[input.sentence]!;
  const text = doc.body.slice(sentence.start, sentence.end);
  const parts = [...input.components];
  if (input.withConditions) {
    for (const t of itemsWithinList(timexes, sentence.start, sentence.end)) {
      if (
        t.type === 'DURATION' &&
        !input.usedDurations.has(t) &&
        t.rangeStart === null &&
        !parts.some((p) => p.endsWith(` ${t.value}`))
      ) {
        parts.push(`duration ${t.value}`);
      }
    }
    if (PHASED.test(text)) parts.push('phased');
    if (EXCHANGE.test(text)) parts.push('exchange');
  }
  const names = [...new Set(input.parties.map((e) => e.name))];
  if (names.length) parts.push(`parties: ${names.join(', ')}`);
  const unique = [...new Set(parts)];
  return unique.length ? unique.join('; ') : null;
}
