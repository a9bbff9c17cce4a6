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
  /** Same ID, only the position columns differ: the text around the row was edited, the row itself was not. */
  moved: ChangedRow[];
}

/**
 * Where a row sits in its article, not what it says: offsets, and the paragraph and sentence numbers that
 * follow from them. A row whose only deltas are in these columns has moved; it has not changed.
 */
export const POSITION_COLUMNS: ReadonlySet<string> = new Set(['start', 'end', 'paragraph', 'sentence']);

/** A row's ID as people read it: the key value, or the key values joined with "|" for compound keys. */
export function displayId(row: Row, primaryKey: string[]): string {
  return primaryKey.map((k) => String(row[k] ?? '')).join('|');
}

function keyOf(row: Row, primaryKey: string[]): string {
  // One-column keys (the common case) skip JSON; the type prefix keeps 1 and "1" apart.
  // A string key is its own map key (V8 caches its hash), other values get a prefix no CSV string starts with.
  if (primaryKey.length === 1) {
    const v = row[primaryKey[0]!] ?? null;
    return typeof v === 'string' ? v : `\u0000${typeof v}:${String(v)}`;
  }
  return JSON.stringify(primaryKey.map((k) => row[k] ?? null));
}

function same(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  // Cells are scalars; only a nested value (never produced by CSV) needs the structural comparison.
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  return JSON.stringify(x) === JSON.stringify(y);
}

/**
 * Matches rows by primary key (the old key columns under their new names) and compares the columns both
 * versions have. A matched row whose deltas are all in POSITION_COLUMNS is "moved", else "changed". Added and removed columns are schema changes, not row changes, so they are not deltas.
 * Output order follows the tables' own (sorted) row order, so the diff is deterministic.
 */
export function diffRows(
  oldRows: Row[],
  newRows: Row[],
  oldKey: string[],
  newKey: string[],
  columns: ColumnMap,
): RowDiff {
  const renamedOldKey = oldKey.map((k) => columns.get(k) ?? k);
  const comparable = renamedOldKey.join('\u0000') === newKey.join('\u0000');
  const identity = [...columns].every(([from, to]) => from === to);
  const pairs = [...columns];
  const translate = (row: Row): Row => {
    if (identity) return row;
    const out: Row = {};
    for (const [from, to] of pairs) out[to] = row[from];
    return out;
  };
  const compared = [...columns.values()];
  const oldTranslated = oldRows.map(translate);
  const oldKeys = oldTranslated.map((t, i) => (comparable ? keyOf(t, newKey) : keyOf(oldRows[i]!, oldKey)));
  const newKeyList = newRows.map((r) => keyOf(r, newKey));
  const oldByKey = new Map(oldKeys.map((k, i) => [k, oldTranslated[i]!] as const));
  const newKeys = new Set(newKeyList);
  const added: string[] = [];
  const changed: ChangedRow[] = [];
  const moved: ChangedRow[] = [];
  for (const [i, row] of newRows.entries()) {
    const before = comparable ? oldByKey.get(newKeyList[i]!) : undefined;
    if (!before) {
      added.push(displayId(row, newKey));
      continue;
    }
    let deltas: FieldDelta[] | null = null;
    for (const field of compared) {
      if (!same(before[field], row[field]))
        (deltas ??= []).push({ field, before: before[field] ?? null, after: row[field] ?? null });
    }
    if (deltas)
      (deltas.every((d) => POSITION_COLUMNS.has(d.field)) ? moved : changed).push({
        id: displayId(row, newKey),
        deltas,
      });
  }
  const removed = oldRows.filter((_, i) => !comparable || !newKeys.has(oldKeys[i]!)).map((r) => displayId(r, oldKey));
  return { added, removed, changed, moved };
}
