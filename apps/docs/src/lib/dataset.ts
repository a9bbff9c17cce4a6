/**
 * The built dataset (data/dist), read the way a consumer would: datapackage.json names the tables; each
 * table's rows come from its JSON twin (same rows as the CSV, with typed numbers and nulls).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ArticlesRow,
  EntitiesRow,
  EventParticipantsRow,
  EventsRow,
  MentionsRow,
  QuantitiesRow,
  QuotesRow,
  RolesRow,
  TemporalExpressionsRow,
} from '@dossier/schema';
import { jsonRows } from './stream/json-rows.ts';

export type {
  ArticlesRow,
  EntitiesRow,
  EventParticipantsRow,
  EventsRow,
  MentionsRow,
  QuantitiesRow,
  QuotesRow,
  RolesRow,
  TemporalExpressionsRow,
};

export interface DataResource {
  name: string;
  path: string;
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  bytes?: number;
  hash?: string;
  schema?: { fields: Array<{ name: string; type: string }>; primaryKey?: string[] };
}

export interface DataPackage {
  name: string;
  title: string;
  description: string;
  version: string;
  licenses: Array<{ name: string; path?: string; title?: string }>;
  contributors?: Array<{ title: string; roles?: string[] }>;
  sources?: Array<{ title: string; path?: string }>;
  keywords?: string[];
  resources: DataResource[];
}

/**
 * What the site holds of a dataset for a whole build: the package, its tables' files and the entities (names
 * and counts, a row per entity). The other tables are read one article at a time (src/lib/stream/), never whole.
 */
export interface DatasetHead {
  dir: string;
  datapackage: DataPackage;
  /** The CSV tables, in datapackage order (JSON twins and reports such as quality.json are left out). */
  tableResources: DataResource[];
  /** Each table's JSON twin (same rows as the CSV, with typed numbers and nulls), by table name. */
  tableFiles: Map<string, string>;
  entities: EntitiesRow[];
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new Error(`cannot read ${file}: ${(cause as Error).message}`, { cause });
  }
}

/** Reads a dataset folder's package and entities. Throws with the missing file's name when it is incomplete. */
export function readDatasetHead(dir: string): DatasetHead {
  const packageFile = join(dir, 'datapackage.json');
  if (!existsSync(packageFile)) {
    throw new Error(
      `${packageFile} not found: expected a built dataset. Run \`pnpm build\` at the repository root first.`,
    );
  }
  const datapackage = readJson<DataPackage>(packageFile);
  const tableResources = datapackage.resources.filter(isCsvTable);
  const tableFiles = new Map<string, string>();
  for (const resource of tableResources) {
    const jsonFile = join(dir, resource.path.replace(/\.csv$/u, '.json'));
    if (!existsSync(jsonFile))
      throw new Error(`${jsonFile} not found: datapackage.json lists table "${resource.name}"`);
    tableFiles.set(resource.name, jsonFile);
  }
  const entitiesFile = tableFiles.get('entities');
  const entities = entitiesFile ? [...jsonRows<EntitiesRow>(entitiesFile)] : [];
  return { dir, datapackage, tableResources, tableFiles, entities };
}

/** A table published as CSV; its JSON twin has the same rows. */
export function isCsvTable(resource: DataResource): boolean {
  return resource.path.endsWith('.csv') && (resource.type === undefined || resource.type === 'table');
}

/** Groups rows by a key, keeping each group's rows in their published order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string | null | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null || k === undefined) continue;
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(row);
  }
  return groups;
}
