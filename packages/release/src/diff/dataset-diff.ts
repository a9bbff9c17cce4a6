/**
 * diffDatasets: the whole comparison of two dataset snapshots, and its semver classification.
 * Pure: it sees only the snapshots, never the file system.
 */
import { maxBump, type Bump } from '../bump.js';
import { diffRows, type ChangedRow } from './row-diff.js';
import { describeSchemaChange, diffTableSchema, type SchemaChange } from './schema-diff.js';
import type { DatasetSnapshot } from './snapshot.js';

export interface TableSummary {
  table: string;
  before: number;
  after: number;
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

export interface TableRowChanges {
  added: string[];
  removed: string[];
  changed: ChangedRow[];
  moved: ChangedRow[];
}

export interface Reason {
  bump: Bump;
  text: string;
}

export interface DatasetDiff {
  from: string | null;
  to: string | null;
  bump: Bump;
  /** Why the bump is what it is, strongest first. */
  reasons: Reason[];
  summary: TableSummary[];
  schemaChanges: Array<SchemaChange & { description: string }>;
  /** Package-level properties (other than version and resources) whose values differ. */
  metadataChanges: string[];
  tables: Record<string, TableRowChanges>;
}

const IGNORED_PACKAGE_KEYS = new Set(['version', 'resources']);

function packageMetadataChanges(before: DatasetSnapshot, after: DatasetSnapshot): string[] {
  // Comparing against nothing (the first release) is not a metadata change.
  if (Object.keys(before.metadata).length === 0) return [];
  const keys = [...new Set([...Object.keys(before.metadata), ...Object.keys(after.metadata)])]
    .filter((k) => !IGNORED_PACKAGE_KEYS.has(k))
    .sort();
  return keys.filter((k) => JSON.stringify(before.metadata[k]) !== JSON.stringify(after.metadata[k]));
}

/** Tables that some table's foreign keys point to. */
function referencedTables(snapshot: DatasetSnapshot): Set<string> {
  const out = new Set<string>();
  for (const t of Object.values(snapshot.tables)) {
    for (const fk of (Array.isArray(t.foreignKeys) ? t.foreignKeys : []) as Array<{
      reference?: { resource?: string };
    }>) {
      if (fk.reference?.resource) out.add(fk.reference.resource);
    }
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function diffDatasets(
  before: DatasetSnapshot,
  after: DatasetSnapshot,
  labels: { from?: string | null; to?: string | null } = {},
): DatasetDiff {
  const schemaChanges: SchemaChange[] = [];
  const summary: TableSummary[] = [];
  const tables: Record<string, TableRowChanges> = {};
  const reasons: Reason[] = [];
  const names = [...Object.keys(after.tables), ...Object.keys(before.tables).filter((t) => !(t in after.tables))];
  for (const table of names) {
    const oldTable = before.tables[table];
    const newTable = after.tables[table];
    if (!oldTable && newTable) {
      // The first release compares against nothing: its tables are new, but that is the release itself.
      if (Object.keys(before.tables).length > 0)
        schemaChanges.push({ kind: 'table-added', table, bump: 'minor', columns: newTable.fields.map((f) => f.name) });
      tables[table] = {
        added: newTable.rows.map((r) => newTable.primaryKey.map((k) => String(r[k] ?? '')).join('|')),
        removed: [],
        changed: [],
        moved: [],
      };
    } else if (oldTable && !newTable) {
      schemaChanges.push({ kind: 'table-removed', table, bump: 'major' });
      tables[table] = {
        added: [],
        removed: oldTable.rows.map((r) => oldTable.primaryKey.map((k) => String(r[k] ?? '')).join('|')),
        changed: [],
        moved: [],
      };
    } else if (oldTable && newTable) {
      const schema = diffTableSchema(table, oldTable, newTable);
      schemaChanges.push(...schema.changes);
      tables[table] = diffRows(oldTable.rows, newTable.rows, oldTable.primaryKey, newTable.primaryKey, schema.columns);
    }
    const t = tables[table]!;
    summary.push({
      table,
      before: oldTable?.rows.length ?? 0,
      after: newTable?.rows.length ?? 0,
      added: t.added.length,
      removed: t.removed.length,
      changed: t.changed.length,
      moved: t.moved.length,
    });
  }

  const initial = Object.keys(before.tables).length === 0;
  if (initial) {
    const rows = summary.reduce((n, s) => n + s.after, 0);
    reasons.push({
      bump: 'major',
      text: `first release: ${plural(rows, 'row')} in ${plural(summary.length, 'table')}, compared against nothing`,
    });
  }
  for (const c of schemaChanges) if (c.bump !== 'patch') reasons.push({ bump: c.bump, text: describeSchemaChange(c) });
  for (const s of summary) {
    if (s.added) reasons.push({ bump: 'minor', text: `${s.table}: ${plural(s.added, 'row')} added` });
  }
  // Frictionless: deleting or combining data that another resource references breaks whoever holds those
  // IDs (major); removing rows nothing references is a correction (patch). Either way the IDs are tombstoned.
  const referenced = referencedTables(before);
  for (const s of summary) {
    if (s.removed && referenced.has(s.table) && after.tables[s.table]) {
      const sample = tables[s.table]!.removed.slice(0, 3).join(', ');
      reasons.push({
        bump: 'major',
        text: `${s.table}: ${plural(s.removed, 'row')} removed or merged that other tables reference (${sample}${s.removed > 3 ? ', …' : ''}; tombstoned: a release lists them in tombstones.csv, \`dossier diff --tombstones FILE\` writes them)`,
      });
    }
  }
  for (const s of summary) {
    if (s.changed)
      reasons.push({ bump: 'patch', text: `${s.table}: ${plural(s.changed, 'row')} with corrected values` });
    // Text edited elsewhere in an article shifts the rows after the edit; their IDs and values stay.
    if (s.moved)
      reasons.push({
        bump: 'patch',
        text: `${s.table}: ${plural(s.moved, 'row')} moved (same ID and values, new offsets)`,
      });
    if (s.removed && !referenced.has(s.table))
      reasons.push({ bump: 'patch', text: `${s.table}: ${plural(s.removed, 'row')} removed (tombstoned)` });
  }
  const metadataChanges = packageMetadataChanges(before, after);
  // New files (a resource that was not there) are an addition, as new rows are.
  const newResources = metadataChanges.filter(
    (k) => k.startsWith('resource ') && !(k in before.metadata) && k in after.metadata,
  );
  if (newResources.length)
    reasons.push({
      bump: 'minor',
      text: `new files: ${newResources.map((k) => k.slice('resource '.length)).join(', ')}`,
    });
  const described = schemaChanges.filter((c) => c.bump === 'patch').map(describeSchemaChange);
  const otherMetadata = metadataChanges.filter((k) => !newResources.includes(k));
  if (otherMetadata.length || described.length) {
    reasons.push({
      bump: 'patch',
      text: `descriptive metadata changed: ${[...otherMetadata.map((k) => `datapackage ${k}`), ...described].join('; ')}`,
    });
  }
  const order = { major: 0, minor: 1, patch: 2, none: 3 };
  reasons.sort((a, b) => order[a.bump] - order[b.bump]);
  return {
    from: labels.from !== undefined ? labels.from : before.version,
    to: labels.to !== undefined ? labels.to : after.version,
    bump: maxBump(...reasons.map((r) => r.bump)),
    reasons,
    summary,
    schemaChanges: schemaChanges.map((c) => ({ ...c, description: describeSchemaChange(c) })),
    metadataChanges,
    tables,
  };
}
