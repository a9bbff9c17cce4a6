/** Edge: reads a dataset folder into a snapshot through @dossier/validate's readDataset, as a consumer would. */
import { formatDiagnostic } from '@dossier/core';
import { readDataset } from '@dossier/validate';
import type { DatasetSnapshot, FieldInfo, TableSnapshot } from './snapshot.js';

interface ResourceLike {
  name: string;
  format?: string;
  schema?: { fields?: FieldInfo[]; primaryKey?: string | string[]; missingValues?: unknown; foreignKeys?: unknown };
  [key: string]: unknown;
}

const RESOURCE_FILE_PROPS = new Set([
  'name',
  'path',
  'format',
  'mediatype',
  'encoding',
  'bytes',
  'hash',
  'dialect',
  'schema',
  'type',
]);

export function loadSnapshot(dir: string): DatasetSnapshot {
  const { datapackage, tables, diagnostics } = readDataset(dir);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    throw new Error(
      `${dir} is not an intact dataset (${errors.length} problem(s)):\n${errors.map(formatDiagnostic).join('\n')}`,
    );
  }
  const { resources: declared, version, ...rest } = datapackage;
  const resources = declared as unknown as ResourceLike[];
  const metadata: Record<string, unknown> = { ...rest };
  const out: Record<string, TableSnapshot> = {};
  for (const resource of resources) {
    if (resource.format !== 'csv' || !resource.schema?.fields) continue;
    const pk = resource.schema.primaryKey;
    const meta: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(resource)) if (!RESOURCE_FILE_PROPS.has(k)) meta[k] = v;
    out[resource.name] = {
      fields: resource.schema.fields,
      primaryKey: pk === undefined ? [] : Array.isArray(pk) ? pk : [pk],
      rows: tables[resource.name] ?? [],
      meta,
      dialect: resource.dialect ?? null,
      missingValues: resource.schema.missingValues ?? null,
      foreignKeys: resource.schema.foreignKeys ?? null,
    };
  }
  // Other resources (the quality report, say) have no rows to match: a change in their bytes is a metadata change.
  // A table's JSON and Parquet twins hold its rows again: their bytes change with the rows, so only their
  // presence is recorded (a twin that appears is a new file, not a change of the data).
  for (const resource of resources) {
    if (resource.name in out) continue;
    const twinOf = /^(.*)-(json|parquet)$/u.exec(resource.name);
    if (twinOf && twinOf[2] === resource.format && twinOf[1]! in out) {
      if (resource.format === 'parquet')
        metadata[`resource ${resource.name}`] = `${resource.format} twin of ${twinOf[1]}`;
      continue;
    }
    metadata[`resource ${resource.name}`] = resource.hash ?? null;
  }
  for (const [name, t] of Object.entries(out)) {
    if (t.primaryKey.length === 0)
      throw new Error(`${dir}: table ${name} has no primaryKey in datapackage.json, so its rows cannot be matched`);
  }
  return { version: typeof version === 'string' ? version : null, metadata, tables: out };
}
