/**
 * Tombstones: every ID an earlier release published that this release no longer has, with why and, where
 * the data says so, what replaced it. Pure: computed from the two snapshots, their diff and the previous list.
 */
import type { DatasetDiff } from '../diff/dataset-diff.js';
import { displayId } from '../diff/row-diff.js';
import type { DatasetSnapshot, Row } from '../diff/snapshot.js';

export type TombstoneReason =
  | 'article-removed'
  | 'article-text-changed'
  | 'id-changed'
  | 'merged'
  | 'span-corrected'
  | 'no-longer-extracted'
  | 'table-removed';

export interface Tombstone {
  table: string;
  id: string;
  reason: TombstoneReason;
  replaced_by: string | null;
  release: string;
}

function articleShas(snapshot: DatasetSnapshot): Map<string, unknown> {
  return new Map((snapshot.tables.articles?.rows ?? []).map((r) => [String(r.article_id), r.sha256]));
}

function rowsById(snapshot: DatasetSnapshot, table: string): Map<string, Row> {
  const t = snapshot.tables[table];
  return new Map((t?.rows ?? []).map((r) => [displayId(r, t!.primaryKey), r]));
}

/**
 * Where references to a removed ID went: rows of other tables (matched by their own key) whose value was
 * the removed ID and is now another ID. The most frequent new value wins; ties go to the smaller ID.
 */
function redirects(diff: DatasetDiff, removed: Set<string>): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const t of Object.values(diff.tables)) {
    for (const row of t.changed) {
      for (const d of row.deltas) {
        if (typeof d.before !== 'string' || typeof d.after !== 'string' || !removed.has(d.before)) continue;
        const counts = votes.get(d.before) ?? new Map<string, number>();
        counts.set(d.after, (counts.get(d.after) ?? 0) + 1);
        votes.set(d.before, counts);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [id, counts] of votes) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.set(id, best[0]);
  }
  return out;
}

/** The added row of the same table and article whose span overlaps the removed one the most. */
function overlappingReplacement(old: Row, candidates: Row[], key: string[]): string | null {
  if (typeof old.start !== 'number' || typeof old.end !== 'number') return null;
  let best: { id: string; overlap: number } | null = null;
  for (const c of candidates) {
    if (c.article_id !== old.article_id || typeof c.start !== 'number' || typeof c.end !== 'number') continue;
    const overlap = Math.min(old.end, c.end) - Math.max(old.start, c.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: displayId(c, key), overlap };
  }
  return best?.id ?? null;
}

/**
 * `renamed` maps "table\u0000old ID" to the new ID of the same row (the crosswalk): such IDs are gone only
 * because the ID scheme changed, and say so (id-changed).
 */
export function computeTombstones(
  previous: Tombstone[],
  before: DatasetSnapshot,
  after: DatasetSnapshot,
  diff: DatasetDiff,
  release: string,
  renamed: ReadonlyMap<string, string> = new Map(),
): Tombstone[] {
  const oldSha = articleShas(before);
  const newSha = articleShas(after);
  const fresh: Tombstone[] = [];
  for (const [table, changes] of Object.entries(diff.tables)) {
    if (!changes.removed.length) continue;
    const newTable = after.tables[table];
    if (!newTable) {
      for (const id of changes.removed) fresh.push({ table, id, reason: 'table-removed', replaced_by: null, release });
      continue;
    }
    const oldRows = rowsById(before, table);
    const addedIds = new Set(changes.added);
    const addedRows = newTable.rows.filter((r) => addedIds.has(displayId(r, newTable.primaryKey)));
    const redirect = redirects(diff, new Set(changes.removed));
    for (const id of changes.removed) {
      const old = oldRows.get(id)!;
      const newId = renamed.get(`${table}\u0000${id}`);
      if (newId !== undefined) {
        fresh.push({ table, id, reason: 'id-changed', replaced_by: newId, release });
        continue;
      }
      const articleId = table === 'articles' ? id : typeof old.article_id === 'string' ? old.article_id : null;
      if (articleId !== null && !newSha.has(articleId)) {
        fresh.push({ table, id, reason: 'article-removed', replaced_by: null, release });
        continue;
      }
      const span = overlappingReplacement(old, addedRows, newTable.primaryKey);
      const textChanged = articleId !== null && oldSha.get(articleId) !== newSha.get(articleId);
      if (redirect.has(id)) fresh.push({ table, id, reason: 'merged', replaced_by: redirect.get(id)!, release });
      else if (textChanged) fresh.push({ table, id, reason: 'article-text-changed', replaced_by: span, release });
      else if (span) fresh.push({ table, id, reason: 'span-corrected', replaced_by: span, release });
      else fresh.push({ table, id, reason: 'no-longer-extracted', replaced_by: null, release });
    }
  }
  // Earlier tombstones stay unless their ID is live again; a fresh one replaces an older entry for the same ID.
  const live = new Set(
    Object.entries(after.tables).flatMap(([table, t]) =>
      t.rows.map((r) => `${table}\u0000${displayId(r, t.primaryKey)}`),
    ),
  );
  const byKey = new Map<string, Tombstone>();
  for (const t of [...previous, ...fresh]) {
    const key = `${t.table}\u0000${t.id}`;
    if (!live.has(key)) byKey.set(key, t);
  }
  return [...byKey.values()].sort((a, b) =>
    a.table === b.table ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.table < b.table ? -1 : 1,
  );
}
