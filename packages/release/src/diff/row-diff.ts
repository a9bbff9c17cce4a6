/** Rows of one table matched by primary key: added, removed, and changed with their field deltas. */
import type { ColumnMap } from './schema-diff.js';
import type { Row } from './snapshot.js';

export interface FieldDelta {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangedRow {
  id: string;
  deltas: FieldDelta[];
}

export interface RowDiff {
  added: string[];
  removed: string[];
  changed: ChangedRow[];
}

/** A row's ID as people read it: the key value, or the key values joined with "|" for compound keys. */
export function displayId(row: Row, primaryKey: string[]): string {
  return primaryKey.map((k) => String(row[k] ?? '')).join('|');
}

function keyOf(row: Row, primaryKey: string[]): string {
  return JSON.stringify(primaryKey.map((k) => row[k] ?? null));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Matches rows by primary key (the old key columns under their new names) and compares the columns both
 * versions have. Added and removed columns are schema changes, not row changes, so they are not deltas.
 * Output order follows the tables' own (sorted) row order, so the diff is deterministic.
 */
export function diffRows(oldRows: Row[], newRows: Row[], oldKey: string[], newKey: string[], columns: ColumnMap): RowDiff {
  const renamedOldKey = oldKey.map((k) => columns.get(k) ?? k);
  const comparable = renamedOldKey.join('\u0000') === newKey.join('\u0000');
  const translate = (row: Row): Row => {
    const out: Row = {};
    for (const [from, to] of columns) out[to] = row[from];
    return out;
  };
  const oldByKey = new Map(oldRows.map((r) => {
    const t = translate(r);
    return [comparable ? keyOf(t, newKey) : keyOf(r, oldKey), t] as const;
  }));
  const newKeys = new Set(newRows.map((r) => keyOf(r, newKey)));
  const added: string[] = [];
  const changed: ChangedRow[] = [];
  for (const row of newRows) {
    const before = comparable ? oldByKey.get(keyOf(row, newKey)) : undefined;
    if (!before) {
      added.push(displayId(row, newKey));
      continue;
    }
    const deltas = [...columns.values()].filter((f) => !same(before[f], row[f])).map((field) => ({ field, before: before[field] ?? null, after: row[field] ?? null }));
    if (deltas.length) changed.push({ id: displayId(row, newKey), deltas });
  }
  const removed = oldRows.filter((r) => !comparable || !newKeys.has(keyOf(translate(r), newKey))).map((r) => displayId(r, oldKey));
  return { added, removed, changed };
}
