/**
 * Binary searches over arrays sorted by offset: tokens, sentences, mentions, timexes. Each stage used to scan
 * every item per sentence or per quote, which grows quadratically with the article; these keep a look-up at
 * O(log n) plus the items it returns. Results keep the array's own order, so a filter can be swapped for a
 * look-up without changing what it returns.
 */

interface Starts {
  start: number;
}
interface Spans extends Starts {
  end: number;
}

/**
 * The one binary search: the first index in [0, length) for which `isBefore` is false, given that it is true
 * for a prefix of the indices and false for the rest (length when it is true for all).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The three searches below are partitionPoint written out: called for every token, mention and clause of every
// extractor, a closure per call was an allocation and an indirect call that V8 could not inline once it had
// seen every caller's closure.

/** Index of the first item whose start is at or after `offset`. Items sorted by start. */
export function firstStartingAtOrAfter(items: readonly Starts[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose start is after `offset`. Items sorted by start. */
export function firstStartingAfter(items: readonly Starts[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first item whose end is after `offset`. Items sorted by end (tokens and sentences, which do not
 * overlap, are sorted by both start and end).
 */
export function firstEndingAfter(items: readonly Spans[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items lying wholly inside [start, end), in array order. Items sorted by start (they may overlap). */
export function itemsWithin<T extends Spans>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  // An item inside the span starts no later than its end (an empty item may start right at it).
  for (let i = firstStartingAtOrAfter(items, start); i < items.length && items[i]!.start <= end; i++) {
    if (items[i]!.end <= end) out.push(items[i]!);
  }
  return out;
}

/**
 * Index range [first, last] of the items overlapping [start, end), or null when none does. Items must not
 * overlap each other (sentences, tokens): then they are sorted by start and by end alike.
 */
export function indexRangeOverlapping(
  items: readonly Spans[],
  start: number,
  end: number,
): { first: number; last: number } | null {
  const first = firstEndingAfter(items, start);
  let last = -1;
  for (let i = first; i < items.length && items[i]!.start < end; i++) if (items[i]!.end > start) last = i;
  return last < 0 ? null : { first, last };
}

/** Index of the non-overlapping item (sentence, token) with start <= offset < end, or -1 between items. */
export function indexContaining(items: readonly Spans[], offset: number): number {
  const i = firstEndingAfter(items, offset);
  return i < items.length && items[i]!.start <= offset ? i : -1;
}

/** Index of the last item starting at or before `offset` (-1 if none). Items sorted by start. */
export function lastStartingAtOrBefore(items: readonly Starts[], offset: number): number {
  return firstStartingAfter(items, offset) - 1;
}

/** Are the items sorted by start? Callers check before trusting a binary search over data they did not sort. */
export function isSortedByStart(items: readonly Starts[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.start > items[i]!.start) return false;
  return true;
}

/**
 * A test for "does any span contain this offset" (start <= offset < end), over spans that may overlap and come in
 * any order: O(log n) per offset instead of a scan of every span.
 */
export function coverageOf(spans: readonly Spans[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end among the spans up to each index: some span starting at or before the offset reaches past it.
  const reach: number[] = [];
  // The starts as plain numbers: the search then reads one kind of array, whatever objects the spans are (a search
  // over the spans themselves shared its feedback with every other caller's objects and kept deoptimizing).
  const starts: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) {
    furthest = Math.max(furthest, s.end);
    reach.push(furthest);
    starts.push(s.start);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    return last >= 0 && reach[last]! > offset;
  };
}

/** Whether each list is sorted by start, checked once per list: the lists are built once and never changed. */
const sortedLists = new WeakMap<readonly Starts[], boolean>();

/**
 * The items lying wholly inside [start, end), in list order, for a list that is usually but not surely sorted
 * (timexes): by binary search when it is sorted, by a filter otherwise. The list must not change after the first
 * call, since its sortedness is remembered.
 */
export function itemsWithinList<T extends Spans>(items: readonly T[], start: number, end: number): T[] {
  let sorted = sortedLists.get(items);
  if (sorted === undefined) {
    sorted = isSortedByStart(items);
    sortedLists.set(items, sorted);
  }
  return sorted ? itemsWithin(items, start, end) : items.filter((i) => i.start >= start && i.end <= end);
}
