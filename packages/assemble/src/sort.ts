/** Deterministic row order: by the schema's x-sortBy columns, numbers numerically, text by code units. */
export type Row = Record<string, unknown>;

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  // Code-unit order, not locale order: the same on every machine.
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function sortRows<T extends Row>(rows: T[], keys: readonly string[]): T[] {
  return rows.sort((x, y) => {
    for (const k of keys) {
      const c = compareValues(x[k], y[k]);
      if (c !== 0) return c;
    }
    return 0;
  });
}
