/**
 * Team sheets and results lists name players one after another, and a line break may leave a player's given
 * name or surname alone at a list's edge ("… Mark Lane, Steve" / "Cole, Jason Avery, …"). A one-word name in a
 * list beside people named in full is one of them.
 */
import type { NameOccurrence } from './persons.js';
import type { Word } from './words.js';

/** The fewest people a list must already name before its one-word members are read as people. */
const MIN_PERSONS_IN_LIST = 2;

function atSentenceEdge(words: readonly Word[], o: NameOccurrence): boolean {
  const sentence = words[o.from]!.sentence;
  const before = words[o.from - 1];
  if (before === undefined || before.sentence !== sentence) return true;
  const after = words[o.to];
  const after2 = words[o.to + 1];
  return after === undefined || after.sentence !== sentence || (after.text === '.' && after2?.sentence !== sentence);
}

/**
 * The one-word occurrences that stand in a list between two people (or beside one at the list's start or end,
 * where a line ended) when that list names at least two people in full; `isPerson` says whether an occurrence
 * is a person already.
 */
export function oneWordListMembers(
  words: readonly Word[],
  listed: ReadonlyMap<NameOccurrence, NameOccurrence[]>,
  isPerson: (o: NameOccurrence) => boolean,
): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  for (const [o, neighbours] of listed) {
    if (o.words.length !== 1 || isPerson(o)) continue;
    if (!neighbours.every((n) => n.words.length >= 2 && isPerson(n))) continue;
    if (neighbours.length < 2 && !atSentenceEdge(words, o)) continue;
    // The list goes on beyond this neighbour: "Steve" after "Mark Lane" after "Tim Cole".
    let persons = neighbours.length;
    for (const n of neighbours)
      for (const m of listed.get(n) ?? []) if (m !== o && m.words.length >= 2 && isPerson(m)) persons++;
    if (persons >= MIN_PERSONS_IN_LIST) out.push(o);
  }
  return out;
}
