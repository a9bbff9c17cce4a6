/** Renders TypeScript row interfaces from the table schemas with json-schema-to-typescript. */
import { loadSchemas } from './load.js';

function pascal(name: string): string {
  return name.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

export async function renderRowTypes(): Promise<string> {
  // Imported here, not at the top: every build and every worker thread loads @dossier/schema, and only
  // `pnpm gen:types` and its test need this library, whose loading was a measurable part of start-up.
  const { compile } = await import('json-schema-to-typescript');
  const { tables } = loadSchemas();
  const parts = [
    '/* Generated from schemas/*.schema.json by `pnpm gen:types`. Do not edit: a test fails when it drifts. */',
    '',
  ];
  for (const t of tables) {
    const rowName = `${pascal(t['x-table'])}Row`;
    const schema = JSON.parse(JSON.stringify(t));
    // json-schema-to-typescript names the interface after the title; x- keys are not JSON Schema and are dropped.
    schema.title = rowName;
    for (const key of Object.keys(schema)) if (key.startsWith('x-') || key === '$id') delete schema[key];
    const ts = await compile(schema, rowName, { bannerComment: '', additionalProperties: false, format: false });
    parts.push(ts.trim(), '');
  }
  parts.push('export interface TableRows {');
  for (const t of tables) parts.push(`  ${t['x-table']}: ${pascal(t['x-table'])}Row;`);
  parts.push('}', '', 'export type TableName = keyof TableRows;', '');
  return parts.join('\n');
}
