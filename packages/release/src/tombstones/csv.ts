/** tombstones.csv: written with csv-stringify and read with csv-parse (the libraries the dataset itself uses), checked with ajv against schemas/tombstones.schema.json. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Tombstone } from './compute.js';

export const TOMBSTONE_COLUMNS = ['table', 'id', 'reason', 'replaced_by', 'release'] as const;

export function renderTombstonesCsv(rows: Tombstone[]): string {
  return stringify(
    rows.map((r) => TOMBSTONE_COLUMNS.map((c) => r[c] ?? '')),
    { header: true, columns: [...TOMBSTONE_COLUMNS], record_delimiter: '\n' },
  );
}

export function parseTombstonesCsv(text: string, file: string): Tombstone[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  return records.map((r, i) => {
    const keys = Object.keys(r).join(',');
    if (keys !== TOMBSTONE_COLUMNS.join(','))
      throw new Error(`${file}:${i + 2}: expected columns ${TOMBSTONE_COLUMNS.join(',')}, found ${keys}`);
    return {
      table: r.table!,
      id: r.id!,
      reason: r.reason as Tombstone['reason'],
      replaced_by: r.replaced_by ? r.replaced_by : null,
      release: r.release!,
    };
  });
}

/** Validates rows against the JSON Schema; returns one message per problem, naming the row. */
export function checkTombstones(rows: Tombstone[], schemaFile: string): string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  for (const keyword of ['x-table', 'x-primaryKey', 'x-sortBy'])
    ajv.addKeyword({ keyword, schemaType: ['string', 'array'] });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const problems: string[] = [];
  rows.forEach((row: Tombstone, i) => {
    const label = `tombstones row ${i + 1} (${row.table} ${row.id})`;
    const fields = row as unknown as Record<string, unknown>;
    if (validate(fields)) return;
    for (const e of validate.errors ?? []) {
      const found = e.instancePath ? fields[e.instancePath.slice(1)] : fields;
      problems.push(`${label}: ${e.instancePath || '/'} ${e.message} (found ${JSON.stringify(found)})`);
    }
  });
  return problems;
}
