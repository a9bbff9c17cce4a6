/**
 * The built dataset (data/dist), read once per build the way a consumer would: datapackage.json names the
 * tables; each table's rows come from its JSON twin (same rows as the CSV, with typed numbers and nulls).
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
import { DATA_DIST } from './paths.ts';

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

export interface Dataset {
  dir: string;
  datapackage: DataPackage;
  /** The CSV tables, in datapackage order (JSON twins and reports such as quality.json are left out). */
  tableResources: DataResource[];
  /** Every table's rows, by table name, in the published (sorted) order. */
  tables: Record<string, Array<Record<string, unknown>>>;
  articles: ArticlesRow[];
  entities: EntitiesRow[];
  mentions: MentionsRow[];
  roles: RolesRow[];
  timexes: TemporalExpressionsRow[];
  quotes: QuotesRow[];
  quantities: QuantitiesRow[];
  events: EventsRow[];
  participants: EventParticipantsRow[];
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new Error(`cannot read ${file}: ${(cause as Error).message}`, { cause });
  }
}

/** Reads a dataset folder (data/dist or a release). Throws with the missing file's name when it is incomplete. */
export function readDataset(dir: string): Dataset {
  const packageFile = join(dir, 'datapackage.json');
  if (!existsSync(packageFile)) {
    throw new Error(
      `${packageFile} not found: expected a built dataset. Run \`pnpm build\` at the repository root first.`,
    );
  }
  const datapackage = readJson<DataPackage>(packageFile);
  const tables: Dataset['tables'] = {};
  const tableResources = datapackage.resources.filter(isCsvTable);
  for (const resource of tableResources) {
    const jsonFile = join(dir, resource.path.replace(/\.csv$/u, '.json'));
    const rows = readJson<unknown>(jsonFile);
    if (!Array.isArray(rows)) throw new Error(`${jsonFile}: expected a JSON array of rows, found ${typeof rows}`);
    tables[resource.name] = rows as Array<Record<string, unknown>>;
  }
  const table = <T>(name: string): T[] => (tables[name] ?? []) as T[];
  return {
    dir,
    datapackage,
    tableResources,
    tables,
    articles: table('articles'),
    entities: table('entities'),
    mentions: table('mentions'),
    roles: table('roles'),
    timexes: table('temporal_expressions'),
    quotes: table('quotes'),
    quantities: table('quantities'),
    events: table('events'),
    participants: table('event_participants'),
  };
}

/** A table published as CSV; its JSON twin has the same rows. */
export function isCsvTable(resource: DataResource): boolean {
  return resource.path.endsWith('.csv') && (resource.type === undefined || resource.type === 'table');
}

let current: Dataset | undefined;
/** The current build, data/dist. */
export function currentDataset(): Dataset {
  current ??= readDataset(DATA_DIST);
  return current;
}

export function releaseCurrentDataset(): void {
  current = undefined;
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
