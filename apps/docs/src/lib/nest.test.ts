import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nestAnnotations, textOf, toLaminarPieces, type SpanLike, type TreeNode } from './nest.ts';

interface Ann extends SpanLike {
  label: string;
}

function spansOf(nodes: readonly TreeNode<Ann>[], out: Array<Extract<TreeNode<Ann>, { type: 'span' }>> = []) {
  for (const n of nodes) {
    if (n.type === 'span') {
      out.push(n);
      spansOf(n.children, out);
    }
  }
  return out;
}

const arbitraryCase = fc
  .string({ minLength: 1, maxLength: 40 })
  .chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc
          .tuple(fc.nat(text.length), fc.nat(text.length), fc.integer({ min: 0, max: 3 }))
          .map(([a, b, rank]) => ({ start: Math.min(a, b), end: Math.max(a, b), rank })),
        { maxLength: 8 },
      ),
    ),
  )
  .map(([text, spans]) => ({ text, anns: spans.map((s, i) => ({ ...s, key: `k${i}`, label: `a${i}` })) }));

describe('nestAnnotations', () => {
  it('keeps the text intact and nests every piece inside its parent', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ text, anns }) => {
        const tree = nestAnnotations(text, anns);
        expect(textOf(tree)).toBe(text);
        const check = (nodes: readonly TreeNode<Ann>[], start: number, end: number) => {
          for (const n of nodes) {
            expect(n.start).toBeGreaterThanOrEqual(start);
            expect(n.end).toBeLessThanOrEqual(end);
            if (n.type === 'span') check(n.children, n.start, n.end);
          }
        };
        check(tree, 0, text.length);
      }),
    );
  });

  it('covers each non-empty annotation exactly once, with exactly one first piece', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ anns }) => {
        const pieces = toLaminarPieces(anns);
        for (const ann of anns.filter((a) => a.end > a.start)) {
          const mine = pieces.filter((p) => p.ann === ann).sort((a, b) => a.start - b.start);
          expect(mine.filter((p) => p.first)).toHaveLength(1);
          expect(mine[0]!.start).toBe(ann.start);
          expect(mine.at(-1)!.end).toBe(ann.end);
          for (let i = 1; i < mine.length; i++) expect(mine[i]!.start).toBe(mine[i - 1]!.end);
        }
      }),
    );
  });

  it('never cuts an annotation of the lowest rank when it crosses only higher ranks', () => {
    const text = 'CIA Director Jane Doe met them on Monday in Paris.';
    const name = { start: 13, end: 21, rank: 0, key: 'm', label: 'name' };
    // An event clause that ends in the middle of the name must be the one that is cut.
    const clause = { start: 0, end: 17, rank: 3, key: 'e', label: 'event' };
    const tree = nestAnnotations(text, [clause, name]);
    const spans = spansOf(tree);
    const namePieces = spans.filter((s) => s.ann === name);
    expect(namePieces).toHaveLength(1);
    expect(text.slice(namePieces[0]!.start, namePieces[0]!.end)).toBe('Jane Doe');
    expect(spans.filter((s) => s.ann === clause).map((s) => text.slice(s.start, s.end))).toEqual([
      'CIA Director ',
      'Jane',
    ]);
  });

  it('rejects a span outside the text, naming it', () => {
    expect(() => nestAnnotations('short', [{ start: 2, end: 9, rank: 0, key: 'x#m2-9', label: '' }])).toThrow(
      /x#m2-9.*outside/,
    );
  });
});
