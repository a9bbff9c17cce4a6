/**
 * Turns overlapping annotation spans into a tree that HTML can express. Spans that merely nest stay whole.
 * When two spans cross, the one with the larger rank (less important to keep whole: an event clause rather
 * than a name) is cut into pieces at the other's boundary; only its first piece carries the anchor id.
 * Pure: offsets are UTF-16 indices into one text.
 */

export interface SpanLike {
  start: number;
  end: number;
  /** Lower ranks are placed first and are never cut by higher ranks. */
  rank: number;
  /** A stable tie-breaker (the row ID). */
  key: string;
}

export type TreeNode<A extends SpanLike> =
  | { type: 'text'; text: string; start: number; end: number }
  | { type: 'span'; ann: A; start: number; end: number; first: boolean; last: boolean; children: TreeNode<A>[] };

interface Piece<A> {
  ann: A;
  start: number;
  end: number;
  first: boolean;
  last: boolean;
}

function crossingCuts<A extends SpanLike>(ann: A, placed: readonly Piece<A>[]): number[] {
  const cuts = new Set<number>();
  for (const p of placed) {
    if (p.start < ann.start && ann.start < p.end && p.end < ann.end) cuts.add(p.end);
    if (ann.start < p.start && p.start < ann.end && ann.end < p.end) cuts.add(p.start);
  }
  return [...cuts].sort((a, b) => a - b);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Splits crossing spans so that every pair of pieces is either nested or disjoint. */
export function toLaminarPieces<A extends SpanLike>(annotations: readonly A[]): Piece<A>[] {
  const ordered = annotations
    .filter((a) => a.end > a.start)
    .sort((a, b) => a.rank - b.rank || a.start - b.start || b.end - a.end || compareKeys(a.key, b.key));
  const placed: Piece<A>[] = [];
  for (const ann of ordered) {
    const points = [ann.start, ...crossingCuts(ann, placed), ann.end];
    const pieces: Piece<A>[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      if (points[i]! < points[i + 1]!)
        pieces.push({ ann, start: points[i]!, end: points[i + 1]!, first: false, last: false });
    }
    pieces[0]!.first = true;
    pieces[pieces.length - 1]!.last = true;
    placed.push(...pieces);
  }
  return placed;
}

/**
 * The annotation tree of `text`: text nodes and span nodes in document order. Concatenating every text
 * node gives back `text` exactly, which is what lets the article view render the body as text, not markup.
 */
export function nestAnnotations<A extends SpanLike>(text: string, annotations: readonly A[]): TreeNode<A>[] {
  for (const a of annotations) {
    if (
      !(
        Number.isInteger(a.start) &&
        Number.isInteger(a.end) &&
        0 <= a.start &&
        a.start <= a.end &&
        a.end <= text.length
      )
    ) {
      throw new RangeError(
        `span ${a.key} [${a.start}, ${a.end}) is outside the text (expected 0 ≤ start ≤ end ≤ ${text.length})`,
      );
    }
  }
  const pieces = toLaminarPieces(annotations).sort(
    (a, b) => a.start - b.start || b.end - a.end || a.ann.rank - b.ann.rank || compareKeys(a.ann.key, b.ann.key),
  );
  type SpanNode = Extract<TreeNode<A>, { type: 'span' }>;
  const root: SpanNode = {
    type: 'span',
    ann: undefined as unknown as A,
    start: 0,
    end: text.length,
    first: true,
    last: true,
    children: [],
  };
  const stack: SpanNode[] = [root];
  for (const piece of pieces) {
    while (!(stack.at(-1)!.start <= piece.start && piece.end <= stack.at(-1)!.end)) stack.pop();
    const node: SpanNode = { type: 'span', ...piece, children: [] };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  }
  const fill = (node: SpanNode): void => {
    const filled: TreeNode<A>[] = [];
    let at = node.start;
    for (const child of node.children as SpanNode[]) {
      if (child.start > at)
        filled.push({ type: 'text', text: text.slice(at, child.start), start: at, end: child.start });
      fill(child);
      filled.push(child);
      at = child.end;
    }
    if (node.end > at) filled.push({ type: 'text', text: text.slice(at, node.end), start: at, end: node.end });
    node.children = filled;
  };
  fill(root);
  return root.children;
}

/** The text a tree renders to; equals the input text (tests rely on it). */
export function textOf<A extends SpanLike>(nodes: readonly TreeNode<A>[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : textOf(n.children))).join('');
}
