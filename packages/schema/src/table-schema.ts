/**
 * Derives Frictionless Table Schemas (v2) from the JSON Schemas, so that datapackage.json can never disagree
 * with what the validator enforces.
 */
import type { ColumnSchema, TableJsonSchema } from './load.js';

export interface FrictionlessField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  example?: unknown;
  format?: string;
  constraints?: { required?: boolean; enum?: unknown[]; pattern?: string; minimum?: number; minLength?: number };
}

export interface FrictionlessTableSchema {
  $schema: string;
  fields: FrictionlessField[];
  primaryKey: string[];
  foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  missingValues: string[];
}

function baseType(column: ColumnSchema): string {
  const types = Array.isArray(column.type) ? column.type : [column.type];
  const nonNull = types.filter((t) => t !== 'null');
  if (nonNull.length !== 1)
    throw new Error(`column type ${JSON.stringify(column.type)} must have exactly one non-null type`);
  return nonNull[0]!;
}

export function isNullable(column: ColumnSchema): boolean {
  return Array.isArray(column.type) && column.type.includes('null');
}

export function toFrictionlessField(name: string, column: ColumnSchema): FrictionlessField {
  const json = baseType(column);
  const type: FrictionlessField['type'] =
    json === 'string' && column.format === 'date' ? 'date' : (json as FrictionlessField['type']);
  const constraints: NonNullable<FrictionlessField['constraints']> = {};
  if (!isNullable(column)) constraints.required = true;
  const enumValues = column.enum?.filter((v) => v !== null);
  if (enumValues?.length) constraints.enum = enumValues;
  if (column.pattern) constraints.pattern = column.pattern;
  if (column.minimum !== undefined) constraints.minimum = column.minimum;
  if (column.minLength !== undefined) constraints.minLength = column.minLength;
  const field: FrictionlessField = { name, type, description: column.description };
  const example = column.examples?.[0];
  if (example !== undefined && example !== null) field.example = example;
  if (Object.keys(constraints).length) field.constraints = constraints;
  return field;
}

export function toFrictionlessTableSchema(schema: TableJsonSchema): FrictionlessTableSchema {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: Object.entries(schema.properties).map(([name, column]) => toFrictionlessField(name, column)),
    primaryKey: schema['x-primaryKey'],
    foreignKeys: schema['x-foreignKeys'],
    missingValues: [''],
  };
}
