/** Small hand-made snapshots for the diff tests (not a test file itself). */
import type { DatasetSnapshot, FieldInfo, Row, TableSnapshot } from './snapshot.js';

export function field(name: string, type = 'string', extra: Partial<FieldInfo> = {}): FieldInfo {
  return { name, type, ...extra };
}

export function table(
  fields: FieldInfo[],
  primaryKey: string[],
  rows: Row[],
  meta: Record<string, unknown> = { title: 'T' },
): TableSnapshot {
  return { fields, primaryKey, rows, meta };
}

export function dataset(
  version: string | null,
  tables: Record<string, TableSnapshot>,
  metadata: Record<string, unknown> = { name: 'dossier' },
): DatasetSnapshot {
  return { version, metadata, tables };
}

/** A mentions-like table of news spans about invented people. */
export function mentions(rows: Array<[string, string, number, number, string]>): TableSnapshot {
  return table(
    [field('mention_id'), field('article_id'), field('start', 'integer'), field('end', 'integer'), field('entity_id')],
    ['mention_id'],
    rows.map(([mention_id, article_id, start, end, entity_id]) => ({ mention_id, article_id, start, end, entity_id })),
  );
}
