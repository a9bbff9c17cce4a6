/**
 * Two more ways sports prose names a team by its town alone, read only in a story that already names a team
 * (teams-in-prose.ts):
 *  - "for" before a name that ends its clause: a player scores, homers or plays "for Avonford.";
 *  - "joined" before it: a player "joined Avonford from Bexley" (and so "from" after that name is a club too).
 */
import type { Segment } from './segments.js';
import type { Word } from './words.js';

const CLAUSE_END = new Set(['.', ',', ';', ':']);

/** "homered for Avonford.", "his 23rd for Bexley,": "for", the one-word name, then the clause's end. */
function forAtClauseEnd(words: readonly Word[], seg: Segment): boolean {
  const before = words[seg.from - 1];
  const after = words[seg.to];
  const first = words[seg.from]!;
  if (before?.lower !== 'for' || before.sentence !== first.sentence) return false;
  return after === undefined || after.sentence !== first.sentence || CLAUSE_END.has(after.text);
}

/** "joined Avonford", and "from Bexley" right after such a club ("joined Avonford from Bexley"). */
function transferSide(words: readonly Word[], seg: Segment): boolean {
  const before = words[seg.from - 1];
  const first = words[seg.from]!;
  if (before?.sentence !== first.sentence) return false;
  if (before.lower === 'joined') return true;
  return before.lower === 'from' && words[seg.from - 3]?.lower === 'joined' && words[seg.from - 2]!.cap;
}

/** Whether a one-word name reads as a team by the words around it. */
export function teamByVerbOrFor(words: readonly Word[], seg: Segment): boolean {
  return seg.to - seg.from === 1 && (forAtClauseEnd(words, seg) || transferSide(words, seg));
}
