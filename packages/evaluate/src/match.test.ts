import { describe, expect, it } from 'vitest';
import { matchOneToOne } from './match.js';

describe('matchOneToOne', () => {
  it('pairs each item at most once, best score first', () => {
    const m = matchOneToOne(['a', 'b'], ['x', 'y', 'z'], (g, p) =>
      g === 'a' ? { x: 2, y: 3, z: 0 }[p]! : { x: 1, y: 5, z: 0 }[p]!,
    );
    expect(m.pairs).toEqual([
      { gold: 'a', pred: 'x' },
      { gold: 'b', pred: 'y' },
    ]);
    expect(m.missed).toEqual([]);
    expect(m.spurious).toEqual(['z']);
  });
  it('leaves unmatched gold as missed', () => {
    const m = matchOneToOne([1, 2], [1], (g, p) => (g === p ? 1 : 0));
    expect(m.missed).toEqual([2]);
  });
});
