/**
 * The data dictionary's inputs: the table schemas (through @dossier/schema, the single source of truth),
 * and the code lists. The event code list belongs to the events work (schemas/codelists/event-types.json);
 * until it exists the dictionary says so rather than inventing one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isNullable, loadSchemas, toFrictionlessField, type TableJsonSchema } from '@dossier/schema';
import { EVENT_CODELIST_FILE } from './paths.ts';

export interface DictionaryColumn {
  name: string;
  type: string;
  format: string | undefined;
  nullable: boolean;
  description: string;
  example: unknown;
  allowed: unknown[] | undefined;
  pattern: string | undefined;
  primaryKey: boolean;
  references: string | undefined;
}

export interface DictionaryTable {
  name: string;
  title: string;
  description: string;
  primaryKey: string[];
  foreignKeys: TableJsonSchema['x-foreignKeys'];
  sortBy: string[];
  columns: DictionaryColumn[];
}

export function dictionaryTables(): DictionaryTable[] {
  return loadSchemas().tables.map((schema) => {
    const primaryKey = schema['x-primaryKey'];
    const referenceOf = new Map<string, string>();
    for (const fk of schema['x-foreignKeys']) {
      fk.fields.forEach((field, i) => {
        referenceOf.set(field, `${fk.reference.resource}.${fk.reference.fields[i] ?? fk.reference.fields[0]}`);
      });
    }
    return {
      name: schema['x-table'],
      title: schema.title,
      description: schema.description,
      primaryKey,
      foreignKeys: schema['x-foreignKeys'],
      sortBy: schema['x-sortBy'],
      columns: Object.entries(schema.properties).map(([name, column]) => {
        const field = toFrictionlessField(name, column);
        return {
          name,
          type: field.type,
          format: column.format,
          nullable: isNullable(column),
          description: column.description,
          example: column.examples?.[0],
          allowed: field.constraints?.enum,
          pattern: column.pattern,
          primaryKey: primaryKey.includes(name),
          references: referenceOf.get(name),
        };
      }),
    };
  });
}

export interface CodeList {
  file: string;
  description: string | undefined;
  source: string | undefined;
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

/**
 * Reads a code list whatever its exact shape: an array of entries, or an object holding one under
 * entries/types/codes/values (other keys become the description and source).
 */
export function readCodeList(file: string): CodeList | undefined {
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  let rows: unknown;
  let description: string | undefined;
  let source: string | undefined;
  if (Array.isArray(json)) rows = json;
  else if (json && typeof json === 'object') {
    const obj = json as Record<string, unknown>;
    const key = ['entries', 'types', 'codes', 'values', 'eventTypes', 'event_types'].find((k) => Array.isArray(obj[k]));
    rows = key ? obj[key] : undefined;
    if (!key) {
      // An object keyed by code: { "meeting": { cameo, plover, … }, … }.
      const entries = Object.entries(obj).filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v));
      if (entries.length) rows = entries.map(([code, v]) => ({ code, ...(v as object) }));
    }
    description = [obj.description, obj.$comment].find((v): v is string => typeof v === 'string');
    source =
      typeof obj.source === 'string' ? obj.source : Array.isArray(obj.sources) ? obj.sources.join('; ') : undefined;
  }
  if (!Array.isArray(rows))
    throw new Error(
      `${file}: expected an array of code-list entries (or an object with "entries"), found ${typeof rows}`,
    );
  const flat = rows.map((r) => flatten(r as Record<string, unknown>));
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return { file, description, source, columns, rows: flat };
}

/** { cameo: { code: "036" } } → { "cameo.code": "036" }, so nested crosswalks show as columns. */
function flatten(row: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v && typeof v === 'object' && !Array.isArray(v))
      Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

export function eventCodeList(): CodeList | undefined {
  return readCodeList(EVENT_CODELIST_FILE);
}

/** TIMEX3 value forms used in temporal_expressions.value and events.date_value (after ISO-TimeML, ISO 24617-1). */
export const TIMEX_VALUE_FORMS: Array<{ form: string; example: string; meaning: string }> = [
  { form: 'YYYY-MM-DD', example: '2024-01-25', meaning: 'A calendar day.' },
  { form: 'YYYY-MM-DDTHH:MM', example: '2024-01-25T14:30', meaning: 'A clock time on a day.' },
  {
    form: 'YYYY-MM-DDTMO / TAF / TEV / TNI',
    example: '2024-01-25TEV',
    meaning: 'A part of a day: morning, afternoon, evening, night.',
  },
  { form: 'YYYY-Www', example: '2024-W04', meaning: 'An ISO week.' },
  { form: 'YYYY-Www-WE', example: '2024-W04-WE', meaning: 'The weekend of an ISO week.' },
  { form: 'YYYY-MM', example: '2023-11', meaning: 'A month.' },
  { form: 'YYYY-Qn', example: '2024-Q1', meaning: 'A quarter.' },
  { form: 'YYYY-SP / SU / FA / WI', example: '2024-SU', meaning: 'A season.' },
  { form: 'YYYY', example: '2023', meaning: 'A year.' },
  { form: 'YYYX', example: '199X', meaning: 'A decade.' },
  { form: 'YYXX', example: '19XX', meaning: 'A century.' },
  {
    form: 'PnY, PnM, PnW, PnD, PTnH',
    example: 'P2M',
    meaning: 'A duration (two months). X stands for an unstated number: PXD is "days".',
  },
  { form: 'SET values', example: 'P1D', meaning: 'A recurrence, with type SET: P1D is "daily", P1W "weekly".' },
  { form: 'PRESENT_REF', example: 'PRESENT_REF', meaning: '"now", "currently": the time of writing.' },
  { form: 'PAST_REF', example: 'PAST_REF', meaning: '"recently", "previously": an unstated past time.' },
  { form: 'FUTURE_REF', example: 'FUTURE_REF', meaning: '"soon", "in the coming days": an unstated future time.' },
];

/** What each entity type means (the values of entities.type). */
export const ENTITY_TYPE_MEANINGS: Record<string, string> = {
  person: 'A named human being.',
  organization: 'A named organization: a government body, agency, armed group, company, party or news outlet.',
  country: 'A sovereign state or a territory with an ISO 3166-1 code (country_code).',
  place: 'Any other named location: a city, region, sea, crossing or building.',
};
