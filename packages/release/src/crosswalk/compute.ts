/**
 * The crosswalk: for rows that are the same in two datasets (same table, same article with the same text,
 * same span and text) but have different IDs, the old ID and the new one. It is what a consumer needs when
 * the ID scheme changes (1.x made span IDs from offsets, 2.0.0 from text and occurrence): rows did not
 * change, only their names did. Pure: computed from the two snapshots.
 */
import type { DatasetSnapshot, Row } from '../diff/snapshot.js';

export interface CrosswalkRow {
  table: string;
  old_id: string;
  new_id: string;
}

function articleShas(snapshot: DatasetSnapshot): Map<string, unknown> {
  return new Map((snapshot.tables.articles?.rows ?? []).map((r) => [String(r.article_id), r.sha256]));
}

/** Where a span row sits and what it says: equal for the same row in two builds of the same article. */
function spanOf(row: Row): string | null {
  if (typeof row.article_id !== 'string' || typeof row.start !== 'number' || typeof row.end !== 'number') return null;
  return JSON.stringify([row.article_id, row.start, row.end, row.text ?? null]);
}

/** Rows grouped by span, in table order (several rows may share a span). */
function bySpan(rows: Row[], sameArticle: (articleId: unknown) => boolean): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const span = spanOf(row);
    if (span === null || !sameArticle(row.article_id)) continue;
    const list = out.get(span);
    if (list) list.push(row);
    else out.set(span, [row]);
  }
  return out;
}

export function computeCrosswalk(before: DatasetSnapshot, after: DatasetSnapshot): CrosswalkRow[] {
  const oldSha = articleShas(before);
  const newSha = articleShas(after);
  // Offsets only identify a row within the same text: an edited article's rows cannot be paired this way.
  const sameArticle = (id: unknown) => typeof id === 'string' && oldSha.has(id) && oldSha.get(id) === newSha.get(id);
  const out: CrosswalkRow[] = [];
  for (const [table, oldTable] of Object.entries(before.tables)) {
    const newTable = after.tables[table];
    if (!newTable || oldTable.primaryKey.length !== 1 || newTable.primaryKey.length !== 1) continue;
    const oldKey = oldTable.primaryKey[0]!;
    const newKey = newTable.primaryKey[0]!;
    const newBySpan = bySpan(newTable.rows, sameArticle);
    for (const [span, oldRows] of bySpan(oldTable.rows, sameArticle)) {
      const newRows = newBySpan.get(span) ?? [];
      // Rows sharing one span pair up in table order; extra rows on either side have no counterpart.
      oldRows.slice(0, newRows.length).forEach((old, i) => {
        const oldId = String(old[oldKey]);
        const newId = String(newRows[i]![newKey]);
        if (oldId !== newId) out.push({ table, old_id: oldId, new_id: newId });
      });
    }
  }
  return out.sort((a, b) =>
    a.table === b.table ? (a.old_id < b.old_id ? -1 : a.old_id > b.old_id ? 1 : 0) : a.table < b.table ? -1 : 1,
  );
}
