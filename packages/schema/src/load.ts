import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's schemas/ folder. This file sits in packages/schema/{src,dist}/, three levels below the root. */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface ColumnSchema {
  type: string | string[];
  description: string;
  examples?: unknown[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  minLength?: number;
}

/** One table's JSON Schema (draft 2020-12) with Dossier's x- annotations. */
export interface TableJsonSchema {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  type: 'object';
  'x-table': string;
  'x-primaryKey': string[];
  'x-foreignKeys': ForeignKey[];
  'x-sortBy': string[];
  properties: Record<string, ColumnSchema>;
  required: string[];
  additionalProperties: false;
}

export interface PackageBase {
  name: string;
  title: string;
  description: string;
  licenses: Array<{ name: string; path: string; title: string }>;
  contributors: Array<{ title: string; roles: string[] }>;
  keywords: string[];
  tables: string[];
  dialect: Record<string, unknown>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(`${SCHEMAS_DIR}${file}`, 'utf8')) as T;
}

let cached: { base: PackageBase; tables: TableJsonSchema[] } | undefined;

/** Reads schemas/ once: the package metadata and every table schema, in publication order. */
export function loadSchemas(): { base: PackageBase; tables: TableJsonSchema[] } {
  if (cached) return cached;
  const base = readJson<PackageBase>('datapackage.base.json');
  const tables = base.tables.map((name) => {
    const schema = readJson<TableJsonSchema>(`${name}.schema.json`);
    if (schema['x-table'] !== name) {
      throw new Error(`schemas/${name}.schema.json: x-table is "${schema['x-table']}", expected "${name}"`);
    }
    return schema;
  });
  cached = { base, tables };
  return cached;
}

export function tableSchema(name: string): TableJsonSchema {
  const found = loadSchemas().tables.find((t) => t['x-table'] === name);
  if (!found) throw new Error(`unknown table "${name}" (expected one of ${TABLE_NAMES().join(', ')})`);
  return found;
}

export function TABLE_NAMES(): string[] {
  return loadSchemas().base.tables;
}

/** The CSV column order of a table: the order of its schema's properties. */
export function columnsOf(name: string): string[] {
  return Object.keys(tableSchema(name).properties);
}

export function readIngestedArticleSchema(): Record<string, unknown> {
  return readJson('ingested-article.schema.json');
}
