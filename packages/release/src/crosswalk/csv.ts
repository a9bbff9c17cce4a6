/** crosswalk.csv: written with csv-stringify, read with csv-parse, checked with ajv against schemas/crosswalk.schema.json. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { CrosswalkRow } from './compute.js';

export const CROSSWALK_FILE = 'crosswalk.csv';
export const CROSSWALK_COLUMNS = ['table', 'old_id', 'new_id'] as const;

export function renderCrosswalkCsv(rows: CrosswalkRow[]): string {
  return stringify(
    rows.map((r) => CROSSWALK_COLUMNS.map((c) => r[c])),
    { header: true, columns: [...CROSSWALK_COLUMNS], record_delimiter: '\n' },
  );
}

export function parseCrosswalkCsv(text: string, file: string): CrosswalkRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  return records.map((r, i) => {
    const keys = Object.keys(r).join(',');
    if (keys !== CROSSWALK_COLUMNS.join(','))
      throw new Error(`${file}:${i + 2}: expected columns ${CROSSWALK_COLUMNS.join(',')}, found ${keys}`);
    return { table: r.table!, old_id: r.old_id!, new_id: r.new_id! };
  });
}

/** Validates rows against the JSON Schema and checks that no old ID maps twice; one message per problem. */
export function checkCrosswalk(rows: CrosswalkRow[], schemaFile: string): string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const keyword of ['x-table', 'x-primaryKey', 'x-sortBy'])
    ajv.addKeyword({ keyword, schemaType: ['string', 'array'] });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const problems: string[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const label = `crosswalk row ${i + 1} (${row.table} ${row.old_id})`;
    const key = `${row.table}\u0000${row.old_id}`;
    if (seen.has(key)) problems.push(`${label}: the old ID is mapped twice`);
    seen.add(key);
    if (validate(row)) return;
    for (const e of validate.errors ?? []) problems.push(`${label}: ${e.instancePath || '/'} ${e.message}`);
  });
  return problems;
}
