/**
 * Table Schema changes between two versions of one table, each with the bump it requires under the
 * Frictionless data-package versioning pattern (https://datapackage.org/recipes/data-package-version/):
 * removing, renaming, retyping or reordering columns, changing the primary key or tightening a constraint
 * breaks consumers (major); adding a column or loosening a constraint does not (minor); descriptive
 * metadata is a patch.
 */
import type { Bump } from '../bump.js';
import type { FieldInfo, Row, TableSnapshot } from './snapshot.js';

export type SchemaChange =
  | { kind: 'table-added'; table: string; bump: Bump; columns: string[] }
  | { kind: 'table-removed'; table: string; bump: Bump }
  | { kind: 'column-added'; table: string; bump: Bump; column: string; type: string; position: number }
  | { kind: 'column-removed'; table: string; bump: Bump; column: string; type: string }
  | { kind: 'column-renamed'; table: string; bump: Bump; from: string; to: string; evidence: string }
  | { kind: 'column-retyped'; table: string; bump: Bump; column: string; from: string; to: string }
  | { kind: 'columns-reordered'; table: string; bump: Bump; from: string[]; to: string[] }
  | { kind: 'primary-key-changed'; table: string; bump: Bump; from: string[]; to: string[] }
  | {
      kind: 'constraint-changed';
      table: string;
      bump: Bump;
      column: string;
      constraint: string;
      from: unknown;
      to: unknown;
    }
  | { kind: 'format-changed'; table: string; bump: Bump; property: 'dialect' | 'missingValues' }
  | { kind: 'foreign-keys-changed'; table: string; bump: Bump }
  | { kind: 'metadata-changed'; table: string; bump: Bump; column: string | null; property: string };

/** How a column of the old table maps onto the new one: same name, or renamed. */
export type ColumnMap = Map<string, string>;

const RENAME_AGREEMENT = 0.9;

function typeOf(field: FieldInfo): string {
  return field.format && field.format !== 'default' ? `${field.type}(${field.format})` : field.type;
}

function rowKey(row: Row, primaryKey: string[]): string {
  return JSON.stringify(primaryKey.map((k) => row[k] ?? null));
}

/**
 * A removed and an added column of the same type are one renamed column when, on the rows both versions
 * share, the values agree (≥ 90 %); with no shared rows to compare, when they sit at the same position.
 */
function findRenames(
  before: TableSnapshot,
  after: TableSnapshot,
  removed: FieldInfo[],
  added: FieldInfo[],
): Array<{ from: string; to: string; evidence: string }> {
  if (removed.length === 0 || added.length === 0) return [];
  const newByKey = new Map(after.rows.map((r) => [rowKey(r, after.primaryKey), r]));
  const shared =
    before.primaryKey.join() === after.primaryKey.join()
      ? before.rows.filter((r) => newByKey.has(rowKey(r, before.primaryKey)))
      : [];
  const candidates: Array<{ from: string; to: string; score: number; evidence: string }> = [];
  for (const r of removed) {
    for (const a of added) {
      if (typeOf(r) !== typeOf(a)) continue;
      if (shared.length > 0) {
        const agree = shared.filter(
          (row) =>
            JSON.stringify(row[r.name] ?? null) ===
            JSON.stringify(newByKey.get(rowKey(row, before.primaryKey))![a.name] ?? null),
        ).length;
        const score = agree / shared.length;
        if (score >= RENAME_AGREEMENT)
          candidates.push({
            from: r.name,
            to: a.name,
            score,
            evidence: `same values in ${agree} of ${shared.length} shared rows`,
          });
      } else {
        const samePlace = before.fields.indexOf(r) === after.fields.indexOf(a);
        if (samePlace)
          candidates.push({
            from: r.name,
            to: a.name,
            score: 1,
            evidence: `same type and position ${before.fields.indexOf(r) + 1}`,
          });
      }
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.from.localeCompare(y.from) || x.to.localeCompare(y.to));
  const used = new Set<string>();
  const renames: Array<{ from: string; to: string; evidence: string }> = [];
  for (const c of candidates) {
    if (used.has(`-${c.from}`) || used.has(`+${c.to}`)) continue;
    used.add(`-${c.from}`).add(`+${c.to}`);
    renames.push({ from: c.from, to: c.to, evidence: c.evidence });
  }
  return renames;
}

/** Tightening a constraint can reject data a consumer accepted before (major); loosening it cannot (minor). */
function constraintBump(name: string, from: unknown, to: unknown): Bump {
  if (from === undefined) return name === 'required' && to === false ? 'minor' : 'major';
  if (to === undefined) return 'minor';
  if (name === 'required') return to === true ? 'major' : 'minor';
  if (name === 'enum' && Array.isArray(from) && Array.isArray(to)) {
    const now = new Set(to.map((v) => JSON.stringify(v)));
    return from.every((v) => now.has(JSON.stringify(v))) ? 'minor' : 'major';
  }
  if ((name === 'minimum' || name === 'minLength') && typeof from === 'number' && typeof to === 'number')
    return to <= from ? 'minor' : 'major';
  if ((name === 'maximum' || name === 'maxLength') && typeof from === 'number' && typeof to === 'number')
    return to >= from ? 'minor' : 'major';
  // A changed pattern or anything else we cannot order: assume it may reject old data.
  return 'major';
}

const SCHEMA_PROPS = new Set(['name', 'type', 'format', 'constraints']);

function metadataChanges(
  table: string,
  column: string | null,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  skip: Set<string>,
): SchemaChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.has(k)).sort();
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((property) => ({ kind: 'metadata-changed' as const, table, bump: 'patch' as Bump, column, property }));
}

export interface TableSchemaDiff {
  changes: SchemaChange[];
  /** Old column name → new column name, for every column that survives (renamed or not). */
  columns: ColumnMap;
}

export function diffTableSchema(table: string, before: TableSnapshot, after: TableSnapshot): TableSchemaDiff {
  const changes: SchemaChange[] = [];
  const newNames = new Set(after.fields.map((f) => f.name));
  const oldNames = new Set(before.fields.map((f) => f.name));
  const removed = before.fields.filter((f) => !newNames.has(f.name));
  const added = after.fields.filter((f) => !oldNames.has(f.name));
  const renames = findRenames(before, after, removed, added);
  const columns: ColumnMap = new Map(before.fields.filter((f) => newNames.has(f.name)).map((f) => [f.name, f.name]));
  for (const r of renames) columns.set(r.from, r.to);

  for (const r of renames) changes.push({ kind: 'column-renamed', table, bump: 'major', ...r });
  for (const f of removed.filter((f) => !renames.some((r) => r.from === f.name))) {
    changes.push({ kind: 'column-removed', table, bump: 'major', column: f.name, type: typeOf(f) });
  }
  for (const f of added.filter((f) => !renames.some((r) => r.to === f.name))) {
    changes.push({
      kind: 'column-added',
      table,
      bump: 'minor',
      column: f.name,
      type: typeOf(f),
      position: after.fields.indexOf(f) + 1,
    });
  }
  const newByName = new Map(after.fields.map((f) => [f.name, f]));
  for (const oldField of before.fields) {
    const newName = columns.get(oldField.name);
    if (newName === undefined) continue;
    const newField = newByName.get(newName)!;
    if (typeOf(oldField) !== typeOf(newField)) {
      changes.push({
        kind: 'column-retyped',
        table,
        bump: 'major',
        column: newName,
        from: typeOf(oldField),
        to: typeOf(newField),
      });
    }
    const oc = oldField.constraints ?? {};
    const nc = newField.constraints ?? {};
    for (const name of [...new Set([...Object.keys(oc), ...Object.keys(nc)])].sort()) {
      if (JSON.stringify(oc[name]) === JSON.stringify(nc[name])) continue;
      changes.push({
        kind: 'constraint-changed',
        table,
        bump: constraintBump(name, oc[name], nc[name]),
        column: newName,
        constraint: name,
        from: oc[name] ?? null,
        to: nc[name] ?? null,
      });
    }
    changes.push(...metadataChanges(table, newName, oldField, newField, SCHEMA_PROPS));
  }
  // Order of the columns both versions share (under their new names): positional readers break if it moves.
  const oldOrder = before.fields.map((f) => columns.get(f.name)).filter((n): n is string => n !== undefined);
  const kept = new Set(oldOrder);
  const newOrder = after.fields.map((f) => f.name).filter((n) => kept.has(n));
  if (oldOrder.join('\u0000') !== newOrder.join('\u0000')) {
    changes.push({ kind: 'columns-reordered', table, bump: 'major', from: oldOrder, to: newOrder });
  }
  const oldKey = before.primaryKey.map((k) => columns.get(k) ?? k);
  if (oldKey.join('\u0000') !== after.primaryKey.join('\u0000')) {
    changes.push({ kind: 'primary-key-changed', table, bump: 'major', from: before.primaryKey, to: after.primaryKey });
  }
  // A different dialect or missing-value marker changes how every cell parses: breaking. New or changed
  // references to other tables are the pattern's "update a reference to another data resource": minor.
  for (const property of ['dialect', 'missingValues'] as const) {
    if (JSON.stringify(before[property] ?? null) !== JSON.stringify(after[property] ?? null))
      changes.push({ kind: 'format-changed', table, bump: 'major', property });
  }
  if (JSON.stringify(before.foreignKeys ?? null) !== JSON.stringify(after.foreignKeys ?? null))
    changes.push({ kind: 'foreign-keys-changed', table, bump: 'minor' });
  changes.push(...metadataChanges(table, null, before.meta, after.meta, new Set()));
  return { changes, columns };
}

/** One line of English per change, for summaries and gate messages. */
export function describeSchemaChange(c: SchemaChange): string {
  switch (c.kind) {
    case 'table-added':
      return `table ${c.table} added (${c.columns.length} columns)`;
    case 'table-removed':
      return `table ${c.table} removed`;
    case 'column-added':
      return `${c.table}.${c.column} added (${c.type}, column ${c.position})`;
    case 'column-removed':
      return `${c.table}.${c.column} removed (was ${c.type})`;
    case 'column-renamed':
      return `${c.table}.${c.from} renamed to ${c.to} (${c.evidence})`;
    case 'column-retyped':
      return `${c.table}.${c.column} retyped from ${c.from} to ${c.to}`;
    case 'columns-reordered':
      return `${c.table} columns reordered: ${c.from.join(',')} → ${c.to.join(',')}`;
    case 'primary-key-changed':
      return `${c.table} primary key changed from (${c.from.join(', ')}) to (${c.to.join(', ')})`;
    case 'constraint-changed':
      return `${c.table}.${c.column} constraint ${c.constraint} changed from ${JSON.stringify(c.from)} to ${JSON.stringify(c.to)} (${c.bump === 'major' ? 'tighter or unordered' : 'looser'})`;
    case 'format-changed':
      return `${c.table} ${c.property} changed, so the file parses differently`;
    case 'foreign-keys-changed':
      return `${c.table} foreign keys changed`;
    case 'metadata-changed':
      return `${c.table}${c.column ? `.${c.column}` : ''} ${c.property} changed`;
  }
}
