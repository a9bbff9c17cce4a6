/**
 * Reads a published dataset folder the way a consumer would: datapackage.json first, then each CSV resource,
 * typed by the Table Schema in datapackage.json (not by our own schemas, so drift between them shows up).
 */
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { error, type Diagnostic } from '@dossier/core';
import type { Row, TableSet } from './validate.js';

interface Field {
  name: string;
  type: string;
}
interface Resource {
  name: string;
  path: string;
  format?: string;
  bytes?: number;
  hash?: string;
  schema?: { fields: Field[]; missingValues?: string[] };
}
export interface DataPackage {
  name: string;
  version: string;
  resources: Resource[];
  [key: string]: unknown;
}

export interface ReadResult {
  datapackage: DataPackage;
  tables: TableSet;
  diagnostics: Diagnostic[];
}

function castCell(value: string, field: Field, missing: Set<string>): unknown {
  if (missing.has(value)) return null;
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case 'number': {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) ? n : value;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

/** Parses CSV text into typed rows using a Table Schema's fields. */
export function parseCsvTable(
  text: string,
  fields: Field[],
  missingValues: string[] = [''],
): { header: string[]; rows: Row[] } {
  const records = parse(text, { bom: false, relax_column_count: false }) as string[][];
  const header = records.shift() ?? [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  const missing = new Set(missingValues);
  const rows = records.map((record) => {
    const row: Row = {};
    header.forEach((name, i) => {
      const field = byName.get(name) ?? { name, type: 'string' };
      row[name] = castCell(record[i] ?? '', field, missing);
    });
    return row;
  });
  return { header, rows };
}

export function readDataset(dir: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const packagePath = join(dir, 'datapackage.json');
  if (!existsSync(packagePath)) {
    throw new Error(`${packagePath} does not exist: expected a Dossier dataset folder (run "dossier build" first)`);
  }
  const datapackage = readDataPackageFile(packagePath);
  const tables: TableSet = {};
  for (const resource of datapackage.resources) {
    const file = join(dir, resource.path);
    const place = { file: join(dir, resource.path) };
    if (!existsSync(file)) {
      diagnostics.push(
        error({
          ruleId: 'dataset/missing-file',
          source: 'validate',
          place,
          message: 'a resource listed in datapackage.json is missing',
          expected: 'the file',
          actual: 'nothing',
        }),
      );
      continue;
    }
    const bytes = readFileSync(file);
    if (resource.bytes !== undefined && resource.bytes !== bytes.length) {
      diagnostics.push(
        error({
          ruleId: 'dataset/bytes',
          source: 'validate',
          place,
          message: 'the file size differs from datapackage.json',
          expected: String(resource.bytes),
          actual: String(bytes.length),
        }),
      );
    }
    if (resource.hash !== undefined) {
      const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      if (actual !== resource.hash) {
        diagnostics.push(
          error({
            ruleId: 'dataset/hash',
            source: 'validate',
            place,
            message: 'the file hash differs from datapackage.json',
            expected: resource.hash,
            actual,
          }),
        );
      }
    }
    if (resource.format === 'csv' && resource.schema) {
      const text = bytes.toString('utf8');
      let parsed: { header: string[]; rows: Row[] };
      try {
        parsed = parseCsvTable(text, resource.schema.fields, resource.schema.missingValues);
      } catch (e) {
        // A truncated or hand-edited CSV: say which file and which line, not csv-parse's bare message.
        const { message, line } = csvError(e);
        diagnostics.push(
          error({
            ruleId: 'dataset/csv-syntax',
            source: 'validate',
            place: { ...place, ...(line ? { line } : {}) },
            message: `the CSV file cannot be read: ${message}`,
            expected: 'RFC 4180 CSV with one cell per column',
            actual: message,
          }),
        );
        continue;
      }
      const { header, rows } = parsed;
      const expected = resource.schema.fields.map((f) => f.name);
      if (header.join(',') !== expected.join(',')) {
        diagnostics.push(
          error({
            ruleId: 'dataset/columns',
            source: 'validate',
            place: { ...place, line: 1 },
            message: 'the CSV header does not match the Table Schema',
            expected: expected.join(','),
            actual: header.join(','),
          }),
        );
      }
      tables[resource.name] = rows;
    }
  }
  // The JSON twin of each table must hold the very same rows.
  for (const resource of datapackage.resources) {
    if (resource.format !== 'json') continue;
    const table = resource.name.replace(/-json$/, '');
    const file = join(dir, resource.path);
    if (!existsSync(file) || !tables[table]) continue;
    let jsonRows: Row[];
    try {
      jsonRows = JSON.parse(readFileSync(file, 'utf8')) as Row[];
      if (!Array.isArray(jsonRows))
        throw new Error(`expected an array of rows, found ${jsonRows === null ? 'null' : typeof jsonRows}`);
    } catch (e) {
      diagnostics.push(
        error({
          ruleId: 'dataset/json-syntax',
          source: 'validate',
          place: { file },
          message: `the JSON file cannot be read: ${(e as Error).message}`,
          expected: 'a JSON array of rows',
          actual: (e as Error).message,
        }),
      );
      continue;
    }
    const csvRows = tables[table]!;
    const same =
      jsonRows.length === csvRows.length && jsonRows.every((r, i) => JSON.stringify(r) === JSON.stringify(csvRows[i]));
    if (!same) {
      diagnostics.push(
        error({
          ruleId: 'dataset/json-csv-mismatch',
          source: 'validate',
          place: { file },
          message: `the JSON rows differ from ${table}.csv`,
          expected: `${csvRows.length} identical rows`,
          actual: `${jsonRows.length} rows`,
        }),
      );
    }
  }
  return { datapackage, tables, diagnostics };
}

/** csv-parse's message and the line it stopped at, when it says. */
function csvError(e: unknown): { message: string; line?: number } {
  const err = e as Error & { lines?: number };
  return { message: err.message, ...(typeof err.lines === 'number' ? { line: err.lines } : {}) };
}

/** datapackage.json, or an error naming the file and what is wrong with it (one line). */
function readDataPackageFile(packagePath: string): DataPackage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(packagePath, 'utf8'));
  } catch (e) {
    throw new Error(
      `${packagePath}: not valid JSON (${(e as Error).message}); expected the datapackage.json of a Dossier dataset`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(
      `${packagePath}: expected a JSON object (a Data Package), found ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed}`,
    );
  }
  const resources = (parsed as { resources?: unknown }).resources;
  if (
    !Array.isArray(resources) ||
    resources.some(
      (r) =>
        r === null ||
        typeof r !== 'object' ||
        typeof (r as Resource).path !== 'string' ||
        typeof (r as Resource).name !== 'string',
    )
  ) {
    throw new Error(
      `${packagePath}: expected "resources" to be a list of objects with a name and a path, found ${JSON.stringify(resources)?.slice(0, 60) ?? 'nothing'}`,
    );
  }
  return parsed as DataPackage;
}
